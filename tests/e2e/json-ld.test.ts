import { createHash } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import network from "@/prisma/seed/network.json";
import { makePdf } from "../support/document-fixtures";
import { HttpSession } from "../support/http-session";
import { tusUpload } from "../support/tus-upload";
import { until } from "../support/until";

const baseUrl = inject("baseUrl");
const send = (body: unknown) => ({ method: "POST", headers: { origin: baseUrl, "content-type": "application/json" }, body: JSON.stringify(body) });
const complete = { library: "UZ", authors: [{ name: "Demo Author" }], subjects: ["0541"], languages: ["uz-Latn"], level: "bachelor", type: "textbook", license: "CC BY 4.0", year: 2024 };
type TApiResource = { id: string; institution: string; publishedAt: string; updatedAt: string; files: { id: string; size: number; sha256: string; thumbnail: { url: string; width: number; height: number } | null }[] };
type TJsonLd = Record<string, unknown> & { encoding: { contentUrl: string; contentSize: string; sha256: string }[]; image: string; name: string };


// What a harvester without a browser gets: the raw HTML's JSON-LD blocks, parsed.
const jsonLdBlocks = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as TJsonLd);

const decode = (s: string) => s.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
// <meta property|name="…" content="…"> as [key, content] pairs, in document order (keys repeat).
const metaTags = (html: string) => [...html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)].map((m) => [m[1]!, decode(m[2]!)] as const);

async function publish(session: HttpSession, id: string) {
  expect((await session.request(`/api/v1/resources/${id}/submit`, send({}))).status).toBe(200);
  expect((await session.request(`/api/v1/resources/${id}/publish`, send({}))).status).toBe(200);
}

// Published resource pages carry schema.org JSON-LD (as OERSI harvests it) and Open Graph
// tags in the HTML itself; drafts carry none; a hostile title stays inside the JSON.
describe("structured data on resource pages", () => {
  it("describes a published resource in JSON-LD and Open Graph, read with a plain fetch", async () => {
    const librarian = new HttpSession(baseUrl);
    await librarian.signIn("librarian-uz@kitab.example", "kitab-demo-password");
    const created = await librarian.request(
      "/api/v1/resources",
      send({
        library: "UZ",
        title: { "uz-Latn": "Geometrik optika asoslari", ru: "Основы геометрической оптики" },
        description: { "uz-Latn": "Linzalar va koʻzgular boʻyicha darslik.", ru: "Учебник о линзах и зеркалах." },
        authors: [{ name: "Karimov, Aziz", orcid: "0000-0002-1825-0097" }, { name: "Rahimova, Dilnoza" }],
        subjects: ["0613", "0541"],
        keywords: ["optika", "linza"],
        languages: ["uz-Latn", "ru"],
        level: "bachelor",
        type: "textbook",
        license: "CC BY-SA 4.0",
        year: 2023,
      }),
    );
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const pdf = Buffer.from(makePdf(["Geometrik optika asoslari", "Linzalar"]));
    const { fileId } = await tusUpload(pdf, { endpoint: `${baseUrl}/api/uploads`, cookie: librarian.cookie(), metadata: { resourceId: id, filename: "optika.pdf" } });
    // The worker draws the thumbnail; the page offers it as image once it exists.
    await until(async () => ((await (await librarian.request(`/api/v1/resources/${id}`)).json()) as TApiResource).files.find((f) => f.thumbnail), 60);
    await publish(librarian, id);

    const response = await fetch(`${baseUrl}/resources/${id}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const api = (await (await fetch(`${baseUrl}/api/v1/resources/${id}`)).json()) as TApiResource;
    const file = api.files[0]!;
    const blocks = jsonLdBlocks(html);
    expect(blocks).toHaveLength(1);
    const ld = blocks[0]!;
    const url = `${baseUrl}/resources/${id}`;
    const repository = { type: "Organization", id: `${baseUrl}/`, name: "Kitab: open educational resources of Central Asia", url: `${baseUrl}/` };
    const institutions: { slug: string; names: Record<string, string> }[] = network.countries.flatMap((c) => c.institutions as { slug: string; names: Record<string, string> }[]);
    const institution = institutions.find((i) => i.slug === api.institution)!.names;

    expect(ld["@context"]).toEqual(["https://schema.org/", { "@language": "uz-Latn" }]);
    expect(ld.id).toBe(url);
    expect(ld.url).toBe(url);
    expect(ld.type).toEqual(["LearningResource", "Book"]);
    expect(ld.name).toBe("Geometrik optika asoslari");
    expect(ld.alternateName).toEqual([{ "@language": "ru", "@value": "Основы геометрической оптики" }]);
    expect(ld.description).toBe("Linzalar va koʻzgular boʻyicha darslik.");
    expect(ld.inLanguage).toEqual(["uz-Latn", "ru"]);
    expect(ld.license).toEqual({ id: "https://creativecommons.org/licenses/by-sa/4.0/" });
    expect(ld.creator).toEqual([
      { type: "Person", name: "Karimov, Aziz", id: "https://orcid.org/0000-0002-1825-0097" },
      { type: "Person", name: "Rahimova, Dilnoza" },
    ]);
    // Subjects come in the database's order; compare them by code. Their names are in the
    // document's language (uz-Latn), as the title is.
    expect([...(ld.about as { termCode: string }[])].sort((a, b) => a.termCode.localeCompare(b.termCode))).toEqual([
      { type: "DefinedTerm", id: "https://w3id.org/kim/isced-2013/n0541", termCode: "0541", name: "Matematika", inDefinedTermSet: "https://w3id.org/kim/isced-2013/scheme" },
      { type: "DefinedTerm", id: "https://w3id.org/kim/isced-2013/n0613", termCode: "0613", name: "Dasturiy taʼminot va ilovalarni ishlab chiqish hamda tahlil qilish", inDefinedTermSet: "https://w3id.org/kim/isced-2013/scheme" },
    ]);
    expect(ld.learningResourceType).toEqual([{ type: "DefinedTerm", id: "https://w3id.org/kim/hcrt/textbook", name: "Textbook", inDefinedTermSet: "https://w3id.org/kim/hcrt/scheme" }]);
    expect(ld.educationalLevel).toEqual([
      { type: "DefinedTerm", id: "https://w3id.org/kim/educationalLevel/level_6", termCode: "6", name: "Bachelor or equivalent", inDefinedTermSet: "https://w3id.org/kim/educationalLevel/" },
    ]);
    expect(ld.keywords).toEqual(["optika", "linza"]);
    expect(ld.publisher).toEqual([repository]);
    expect(ld.sourceOrganization).toEqual([{ type: "Organization", name: institution["uz-Latn"] ?? institution.en }]);
    expect(ld.dateCreated).toBe("2023");
    expect(ld.datePublished).toBe(api.publishedAt.slice(0, 10));
    expect(ld.isAccessibleForFree).toBe(true);
    expect(ld.encoding).toEqual([
      { type: "MediaObject", name: "optika.pdf", contentUrl: `${baseUrl}/api/v1/resources/${id}/files/${fileId}/download`, encodingFormat: "application/pdf", contentSize: String(pdf.length), sha256: file.sha256 },
    ]);
    expect(ld.image).toBe(`${baseUrl}${file.thumbnail!.url}`);
    expect(ld.mainEntityOfPage).toEqual([{ id: url, type: "WebContent", provider: repository, dateModified: api.updatedAt }]);

    // The addresses work for an anonymous harvester, and the file is what the JSON-LD says.
    const download = await fetch(ld.encoding[0]!.contentUrl);
    expect(download.status).toBe(200);
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(String(bytes.length)).toBe(ld.encoding[0]!.contentSize);
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(ld.encoding[0]!.sha256);
    const image = await fetch(ld.image);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/webp");

    const meta = metaTags(html);
    const one = (key: string) => meta.filter(([k]) => k === key).map(([, v]) => v);
    expect(one("og:type")).toEqual(["book"]);
    expect(one("og:title")).toEqual(["Geometrik optika asoslari"]);
    expect(one("og:description")).toEqual(["Linzalar va koʻzgular boʻyicha darslik."]);
    expect(one("og:url")).toEqual([url]);
    expect(one("og:site_name")).toEqual(["Kitab: open educational resources of Central Asia"]);
    expect(one("og:locale")).toEqual(["uz_UZ"]);
    expect(one("og:locale:alternate")).toEqual(["ru_RU"]);
    expect(one("og:image")).toEqual([ld.image]);
    expect(one("og:image:width")).toEqual([String(file.thumbnail!.width)]);
    expect(one("og:image:height")).toEqual([String(file.thumbnail!.height)]);
    expect(one("twitter:card")).toEqual(["summary"]);
    expect(one("twitter:title")).toEqual(["Geometrik optika asoslari"]);
    expect(one("twitter:image")).toEqual([ld.image]);
    expect(one("description")).toEqual(["Linzalar va koʻzgular boʻyicha darslik."]);
    expect(html).toContain(`<link rel="canonical" href="${url}"/>`);
  });

  it("puts no structured data on a draft's page", async () => {
    const librarian = new HttpSession(baseUrl);
    await librarian.signIn("librarian-uz@kitab.example", "kitab-demo-password");
    const created = await librarian.request("/api/v1/resources", send({ ...complete, title: { "uz-Latn": "Qoralama darslik" }, description: { "uz-Latn": "Hali nashr etilmagan." } }));
    const { id } = (await created.json()) as { id: string };
    const page = await librarian.request(`/resources/${id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Qoralama darslik");
    expect(html).not.toContain("application/ld+json");
    expect(metaTags(html).filter(([k]) => k.startsWith("og:") || k.startsWith("twitter:"))).toEqual([]);
  });

  it("keeps a title that closes the script element inside the JSON", async () => {
    const librarian = new HttpSession(baseUrl);
    await librarian.signIn("librarian-uz@kitab.example", "kitab-demo-password");
    const title = "</script><script>alert(1)</script>";
    const created = await librarian.request("/api/v1/resources", send({ ...complete, title: { "uz-Latn": title }, description: { "uz-Latn": "<b>Qalin</b> & </script>" } }));
    const { id } = (await created.json()) as { id: string };
    await publish(librarian, id);

    const html = await (await fetch(`${baseUrl}/resources/${id}`)).text();
    expect(html).not.toContain("<script>alert(1)");
    const blocks = jsonLdBlocks(html);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.name).toBe(title);
    expect(blocks[0]!.description).toBe("<b>Qalin</b> & </script>");
  });
});
