import { describe, expect, it } from "vitest";
import type { TFeedResource } from "@/lib/feeds/atom-types";
import { formatAtomDate } from "@/lib/feeds/format-atom-date";
import { renderAtomFeed } from "@/lib/feeds/render-atom-feed";
import { renderSitemap } from "@/lib/feeds/render-sitemap";
import { renderSitemapIndex } from "@/lib/feeds/render-sitemap-index";
import { toAtomFeed } from "@/lib/feeds/to-atom-feed";
import { xmlResponse } from "@/lib/http/xml-response";
import { escapeXml } from "@/lib/xml/escape-xml";
import { ATOM, SITEMAPS, XML, child, children, parseXml } from "../support/parse-xml";

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const base = "https://kitab.example";

const resource = (over: Partial<TFeedResource> = {}): TFeedResource => ({
  id: "0190a4b2-7c1e-7000-8000-000000000001",
  title: { ru: "Высшая математика", "uz-Latn": "Oliy matematika <1-qism> & \"mashqlar\"\u0001" },
  description: { "uz-Latn": "Kurs bo'yicha\nma'ruzalar.", ru: "Лекции курса." },
  authors: [{ name: "Karimov, A.", orcid: "0000-0002-1825-0097" }, { name: "O'Brien & Sons" }],
  languages: ["uz-Latn"],
  license: "https://creativecommons.org/licenses/by-sa/4.0/",
  publishedAt: new Date("2025-03-01T09:30:00.123Z"),
  updatedAt: new Date("2025-03-02T10:00:00Z"),
  subjects: [{ code: "0541", names: { en: "Mathematics", ru: "Математика" } }],
  files: [{ id: "0190a4b2-7c1e-7000-8000-0000000000f1", originalName: "ma'ruza <1>.pdf", mediaType: "application/pdf", size: 123456 }],
  ...over,
});

const feedOf = (resources: TFeedResource[], now = new Date("2025-04-01T00:00:00Z")) =>
  toAtomFeed({ title: { text: "Kitab & friends" }, selfPath: "/feeds/resources.atom", alternatePath: "/search", publicUrl: base, repositoryName: "Kitab", resources, now });

describe("escapeXml", () => {
  it("escapes markup and drops characters XML 1.0 forbids", () => {
    expect(escapeXml(`a<b>&"c'`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;");
    expect(escapeXml("x\u0000\u0001\u0008\u000B\u000C\u001Fy\uFFFE\uFFFF")).toBe("xy");
    expect(escapeXml("lone \uD800 surrogate")).toBe("lone  surrogate");
    expect(escapeXml("emoji 📚 and Қазақ")).toBe("emoji 📚 and Қазақ");
    expect(escapeXml("tab\tline\nreturn\r")).toBe("tab\tline\nreturn&#13;");
    expect(escapeXml("tab\tline\n", "attribute")).toBe("tab&#9;line&#10;");
  });
});

describe("formatAtomDate", () => {
  it("writes RFC 3339 in UTC", () => {
    expect(formatAtomDate(new Date("2025-03-01T09:30:00.123Z"))).toBe("2025-03-01T09:30:00Z");
    expect(formatAtomDate(new Date(Date.UTC(1999, 11, 31, 23, 59, 59)))).toMatch(RFC3339);
  });
});

describe("renderAtomFeed", () => {
  const xml = renderAtomFeed(feedOf([resource(), resource({ id: "0190a4b2-7c1e-7000-8000-000000000002", updatedAt: new Date("2025-01-01T00:00:00Z"), license: null, subjects: [], files: [], authors: [] })]));
  const feed = parseXml(xml).documentElement!;

  it("is well-formed Atom with every element the feed requires", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(feed.namespaceURI).toBe(ATOM);
    expect(feed.localName).toBe("feed");
    expect(child(feed, ATOM, "id").textContent).toBe(`${base}/feeds/resources.atom`);
    expect(child(feed, ATOM, "title").textContent).toBe("Kitab & friends");
    expect(child(feed, ATOM, "updated").textContent).toBe("2025-03-02T10:00:00Z"); // the latest entry's
    const links = children(feed, ATOM, "link").map((l) => [l.getAttribute("rel"), l.getAttribute("href")]);
    expect(links).toEqual([["self", `${base}/feeds/resources.atom`], ["alternate", `${base}/search`]]);
    expect(child(child(feed, ATOM, "author"), ATOM, "name").textContent).toBe("Kitab");
    expect(child(feed, ATOM, "generator").getAttribute("uri")).toBe(`${base}/`);
    expect(children(feed, ATOM, "entry")).toHaveLength(2);
  });

  it("gives each entry its id, language-tagged title and summary, dates, links, authors, subjects and licence", () => {
    const entry = children(feed, ATOM, "entry")[0]!;
    expect(child(entry, ATOM, "id").textContent).toBe("urn:uuid:0190a4b2-7c1e-7000-8000-000000000001");
    const title = child(entry, ATOM, "title");
    // The resource's own language first; the forbidden U+0001 is gone, the markup survives as text.
    expect(title.getAttributeNS(XML, "lang")).toBe("uz-Latn");
    expect(title.textContent).toBe('Oliy matematika <1-qism> & "mashqlar"');
    const summary = child(entry, ATOM, "summary");
    expect([summary.getAttributeNS(XML, "lang"), summary.textContent]).toEqual(["uz-Latn", "Kurs bo'yicha\nma'ruzalar."]);
    expect(child(entry, ATOM, "published").textContent).toBe("2025-03-01T09:30:00Z");
    expect(child(entry, ATOM, "updated").textContent).toBe("2025-03-02T10:00:00Z");
    for (const name of ["published", "updated"]) expect(child(entry, ATOM, name).textContent).toMatch(RFC3339);
    const links = children(entry, ATOM, "link");
    expect(links.find((l) => l.getAttribute("rel") === "alternate")?.getAttribute("href")).toBe(`${base}/resources/0190a4b2-7c1e-7000-8000-000000000001`);
    const enclosure = links.find((l) => l.getAttribute("rel") === "enclosure")!;
    expect(enclosure.getAttribute("href")).toBe(`${base}/api/v1/resources/0190a4b2-7c1e-7000-8000-000000000001/files/0190a4b2-7c1e-7000-8000-0000000000f1/download`);
    expect([enclosure.getAttribute("type"), enclosure.getAttribute("length"), enclosure.getAttribute("title")]).toEqual(["application/pdf", "123456", "ma'ruza <1>.pdf"]);
    expect(links.find((l) => l.getAttribute("rel") === "license")?.getAttribute("href")).toBe("https://creativecommons.org/licenses/by-sa/4.0/");
    const authors = children(entry, ATOM, "author").map((a) => [child(a, ATOM, "name").textContent, children(a, ATOM, "uri")[0]?.textContent]);
    expect(authors).toEqual([["Karimov, A.", "https://orcid.org/0000-0002-1825-0097"], ["O'Brien & Sons", undefined]]);
    const category = child(entry, ATOM, "category");
    expect([category.getAttribute("term"), category.getAttribute("label")]).toEqual(["0541", "Mathematics"]);
    expect(child(entry, ATOM, "rights").textContent).toBe("CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)");
  });

  it("leaves out what a resource does not have", () => {
    const bare = children(feed, ATOM, "entry")[1]!;
    expect(children(bare, ATOM, "rights")).toHaveLength(0);
    expect(children(bare, ATOM, "category")).toHaveLength(0);
    expect(children(bare, ATOM, "author")).toHaveLength(0); // the feed's author covers it
    expect(children(bare, ATOM, "link").map((l) => l.getAttribute("rel"))).toEqual(["alternate"]);
  });

  it("dates an empty feed now, and shortens long descriptions", () => {
    const empty = parseXml(renderAtomFeed(feedOf([], new Date("2025-04-01T12:00:00Z")))).documentElement!;
    expect(child(empty, ATOM, "updated").textContent).toBe("2025-04-01T12:00:00Z");
    expect(children(empty, ATOM, "entry")).toHaveLength(0);
    const long = parseXml(renderAtomFeed(feedOf([resource({ description: { en: "𝑥".repeat(5000) } })]))).documentElement!;
    const summary = child(children(long, ATOM, "entry")[0]!, ATOM, "summary").textContent!;
    expect(Array.from(summary)).toHaveLength(1000);
    expect(summary.endsWith("𝑥…")).toBe(true);
  });
});

describe("sitemaps", () => {
  it("render a urlset and an index that parse, with escaped addresses", () => {
    const urlset = parseXml(renderSitemap([{ loc: `${base}/search?a=1&b=2`, lastmod: new Date("2025-03-01T09:30:00Z") }])).documentElement!;
    expect([urlset.namespaceURI, urlset.localName]).toEqual([SITEMAPS, "urlset"]);
    const url = child(urlset, SITEMAPS, "url");
    expect(child(url, SITEMAPS, "loc").textContent).toBe(`${base}/search?a=1&b=2`);
    expect(child(url, SITEMAPS, "lastmod").textContent).toBe("2025-03-01T09:30:00Z");
    const index = parseXml(renderSitemapIndex([{ loc: `${base}/sitemaps/0.xml` }, { loc: `${base}/sitemaps/1.xml` }])).documentElement!;
    expect(index.localName).toBe("sitemapindex");
    expect(children(index, SITEMAPS, "sitemap").map((s) => child(s, SITEMAPS, "loc").textContent)).toEqual([`${base}/sitemaps/0.xml`, `${base}/sitemaps/1.xml`]);
  });
});

describe("xmlResponse", () => {
  it("answers 304 without a body for the current ETag, weak or strong", async () => {
    const options = { contentType: "application/atom+xml; charset=utf-8", lastModified: new Date("2025-03-01T09:30:00Z") };
    const first = xmlResponse(new Request("https://kitab.example/feeds/resources.atom"), "<feed/>", options);
    const etag = first.headers.get("etag")!;
    expect([first.status, first.headers.get("cache-control"), first.headers.get("last-modified")]).toEqual([200, "public, max-age=300", "Sat, 01 Mar 2025 09:30:00 GMT"]);
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const again = xmlResponse(new Request("https://kitab.example/feeds/resources.atom", { headers: { "if-none-match": header } }), "<feed/>", options);
      expect(again.status).toBe(304);
      expect(again.body).toBeNull();
    }
    const changed = xmlResponse(new Request("https://kitab.example/feeds/resources.atom", { headers: { "if-none-match": etag } }), "<feed></feed>", options);
    expect(changed.status).toBe(200);
  });
});
