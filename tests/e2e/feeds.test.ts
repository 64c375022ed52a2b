import { describe, expect, inject, it } from "vitest";
import type { Element } from "@xmldom/xmldom";
import { HttpSession } from "../support/http-session";
import { ATOM, SITEMAPS, XML, child, children, parseXml } from "../support/parse-xml";
import { tusUpload } from "../support/tus-upload";

const baseUrl = inject("baseUrl");
const send = (method: string, body: unknown) => ({ method, headers: { origin: baseUrl, "content-type": "application/json" }, body: JSON.stringify(body) });
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ATOM_TYPE = "application/atom+xml; charset=utf-8";

const librarian = new HttpSession(baseUrl);

async function publish(title: string, extra: Record<string, unknown> = {}): Promise<string> {
  const created = await librarian.request(
    "/api/v1/resources",
    send("POST", { library: "UZ", title: { "uz-Latn": title }, description: { "uz-Latn": "Ma'ruzalar <to'plami> & mashqlar." }, authors: [{ name: "Karimov, A." }], subjects: ["0541"], languages: ["uz-Latn"], level: "bachelor", type: "textbook", license: "CC BY-SA 4.0", year: 2024, ...extra }),
  );
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await librarian.request(`/api/v1/resources/${id}/submit`, send("POST", {}))).status).toBe(200);
  expect((await librarian.request(`/api/v1/resources/${id}/publish`, send("POST", {}))).status).toBe(200);
  return id;
}

async function getFeed(path: string) {
  const response = await fetch(`${baseUrl}${path}`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe(ATOM_TYPE);
  expect(response.headers.get("cache-control")).toBe("public, max-age=300");
  const feed = parseXml(await response.text()).documentElement!;
  expect([feed.namespaceURI, feed.localName]).toEqual([ATOM, "feed"]);
  for (const name of ["id", "title", "updated", "generator"]) expect(children(feed, ATOM, name)).toHaveLength(1);
  expect(child(feed, ATOM, "updated").textContent).toMatch(RFC3339);
  const rels = children(feed, ATOM, "link").map((l) => l.getAttribute("rel"));
  expect(rels).toEqual(["self", "alternate"]);
  expect(children(feed, ATOM, "link")[0]!.getAttribute("href")).toBe(`${baseUrl}${path}`);
  return { feed, response, entries: children(feed, ATOM, "entry"), ids: children(feed, ATOM, "entry").map((e) => child(e, ATOM, "id").textContent) };
}

// The Atom feeds a page's <head> announces, as [title, href].
const announcedFeeds = (html: string) =>
  Array.from(html.matchAll(/<link [^>]*type="application\/atom\+xml"[^>]*>/g), ([tag]) => [/title="([^"]*)"/.exec(tag)?.[1], /href="([^"]*)"/.exec(tag)?.[1]]);

const link = (entry: Element, rel: string) => children(entry, ATOM, "link").filter((l) => l.getAttribute("rel") === rel);

// Feeds, the sitemap and robots.txt over HTTP, as readers and crawlers fetch them.
describe("feeds and sitemaps", () => {
  it("publish new public resources in the overall, library and collection feeds", async () => {
    await librarian.signIn("librarian-uz@kitab.example", "kitab-demo-password");
    const title = `Oliy matematika & "mashqlar" <${Date.now().toString(36)}>`;
    const network = await publish("Faqat tarmoq uchun", { visibility: "NETWORK" });
    const withdrawn = await publish("Qaytarib olingan");
    expect((await librarian.request(`/api/v1/resources/${withdrawn}/withdraw`, send("POST", { reason: "Eskirgan." }))).status).toBe(200);
    const id = await publish(title);
    // A file after publishing (a librarian may add one) becomes the entry's enclosure.
    const bytes = Buffer.from("Birinchi ma'ruza matni.\n");
    const { fileId } = await tusUpload(bytes, { endpoint: `${baseUrl}/api/uploads`, cookie: librarian.cookie(), metadata: { resourceId: id, filename: "ma'ruza.txt" } });

    const overall = await getFeed("/feeds/resources.atom");
    expect(overall.ids[0]).toBe(`urn:uuid:${id}`);
    for (const hidden of [network, withdrawn]) expect(overall.ids).not.toContain(`urn:uuid:${hidden}`);
    const entry = overall.entries[0]!;
    const entryTitle = child(entry, ATOM, "title");
    expect([entryTitle.textContent, entryTitle.getAttributeNS(XML, "lang")]).toEqual([title, "uz-Latn"]);
    expect(child(entry, ATOM, "summary").textContent).toBe("Ma'ruzalar <to'plami> & mashqlar.");
    for (const name of ["updated", "published"]) expect(child(entry, ATOM, name).textContent).toMatch(RFC3339);
    expect(link(entry, "alternate")[0]!.getAttribute("href")).toBe(`${baseUrl}/resources/${id}`);
    const [enclosure] = link(entry, "enclosure");
    expect(enclosure!.getAttribute("href")).toBe(`${baseUrl}/api/v1/resources/${id}/files/${fileId}/download`);
    expect([enclosure!.getAttribute("type"), enclosure!.getAttribute("length")]).toEqual(["text/plain", String(bytes.length)]);
    expect(Buffer.from(await (await fetch(enclosure!.getAttribute("href")!)).arrayBuffer())).toEqual(bytes);
    expect(child(child(entry, ATOM, "author"), ATOM, "name").textContent).toBe("Karimov, A.");
    expect(child(entry, ATOM, "category").getAttribute("term")).toBe("0541");
    expect(child(entry, ATOM, "rights").textContent).toContain("CC BY-SA 4.0");

    // Unchanged: 304 with no body for the ETag the reader holds.
    const etag = overall.response.headers.get("etag")!;
    expect(overall.response.headers.get("last-modified")).toBeTruthy();
    const again = await fetch(`${baseUrl}/feeds/resources.atom`, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");

    expect((await getFeed("/feeds/libraries/UZ.atom")).ids).toContain(`urn:uuid:${id}`);
    expect((await getFeed("/feeds/libraries/KZ.atom")).ids).not.toContain(`urn:uuid:${id}`);
    for (const missing of ["/feeds/libraries/XX.atom", "/feeds/libraries/UZB.atom", "/feeds/libraries/UZ.rss", "/feeds/collections/0190a4b2-7c1e-7000-8000-00000000dead.atom", "/feeds/collections/nope.atom"]) {
      expect((await fetch(`${baseUrl}${missing}`)).status, missing).toBe(404);
    }

    // A collection's feed: its public published items only; its page announces the feed.
    const slug = `feed-${Date.now().toString(36)}`;
    const collection = (await (await librarian.request("/api/v1/collections", send("POST", { library: "UZ", slug, titleLang: "uz-Latn", title: "Matematika kursi" }))).json()) as { id: string };
    const draft = ((await (await librarian.request("/api/v1/resources", send("POST", { library: "UZ", title: { "uz-Latn": "Qoralama" } }))).json()) as { id: string }).id;
    expect((await librarian.request(`/api/v1/collections/${collection.id}/items`, send("PUT", { resources: [draft, id, network] }))).status).toBe(200);
    const collectionFeed = await getFeed(`/feeds/collections/${collection.id}.atom`);
    expect(collectionFeed.ids).toEqual([`urn:uuid:${id}`]);
    expect(child(collectionFeed.feed, ATOM, "title").textContent).toContain("Matematika kursi");
    const overallFeed = ["New resources", `${baseUrl}/feeds/resources.atom`];
    expect(announcedFeeds(await (await fetch(`${baseUrl}/collections/uz/${slug}`)).text())).toEqual([["New in this collection", `${baseUrl}/feeds/collections/${collection.id}.atom`], overallFeed]);
    expect(announcedFeeds(await (await fetch(`${baseUrl}/`)).text())).toEqual([overallFeed]);

    // The sitemap index points at files that list the new resource and the collection.
    const indexResponse = await fetch(`${baseUrl}/sitemap.xml`);
    expect(indexResponse.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const index = parseXml(await indexResponse.text()).documentElement!;
    expect([index.namespaceURI, index.localName]).toEqual([SITEMAPS, "sitemapindex"]);
    const files = children(index, SITEMAPS, "sitemap").map((s) => child(s, SITEMAPS, "loc").textContent!);
    expect(files).toEqual([`${baseUrl}/sitemaps/0.xml`, `${baseUrl}/sitemaps/1.xml`]);
    const listed = new Map<string, string>();
    for (const file of files) {
      const urlset = parseXml(await (await fetch(file)).text()).documentElement!;
      expect(urlset.localName).toBe("urlset");
      for (const url of children(urlset, SITEMAPS, "url")) listed.set(child(url, SITEMAPS, "loc").textContent!, child(url, SITEMAPS, "lastmod").textContent!);
    }
    expect(listed.get(`${baseUrl}/resources/${id}`)).toMatch(RFC3339);
    for (const page of ["/", "/search", "/collections", `/collections/uz/${slug}`]) expect(listed.has(`${baseUrl}${page}`), page).toBe(true);
    for (const hidden of [network, withdrawn, draft]) expect(listed.has(`${baseUrl}/resources/${hidden}`)).toBe(false);
    for (const missing of ["/sitemaps/2.xml", "/sitemaps/01.xml", "/sitemaps/x.xml"]) expect((await fetch(`${baseUrl}${missing}`)).status, missing).toBe(404);
  });

  it("robots.txt keeps crawlers to public pages and names the sitemap", async () => {
    const response = await fetch(`${baseUrl}/robots.txt`);
    expect(response.status).toBe(200);
    const lines = (await response.text()).split("\n").map((l) => l.trim());
    expect(lines).toContain("User-Agent: *"); // Next writes it so; crawlers read it in any case
    expect(lines).toContain("Allow: /");
    for (const path of ["/api/", "/admin", "/review", "/my", "/profile", "/signin", "/register", "/search?"]) expect(lines).toContain(`Disallow: ${path}`);
    expect(lines).not.toContain("Disallow: /resources");
    expect(lines).toContain(`Sitemap: ${baseUrl}/sitemap.xml`);
  });
});
