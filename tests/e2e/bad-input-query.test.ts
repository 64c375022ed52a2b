import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startBadInputApp, type TBadInputApp } from "../support/bad-input-app";
import { expectApiError, unchangedBy } from "../support/bad-input-snapshot";
import { seedWorld, type TWorld } from "../support/bad-input-world";

// Query strings made to hurt: search paging and facets, OAI-PMH verbs and arguments, feeds
// and sitemaps. Each is a 4xx with a message (OAI-PMH: its own error element, as the protocol
// says), never a 500, and nothing stored changes.
let kitab: TBadInputApp;
let w: TWorld;
let base = "";

beforeAll(async () => {
  kitab = await startBadInputApp(inject("appDatabaseUrl"), "bad-input-query");
  base = kitab.baseUrl;
  w = await seedWorld(kitab.db, base);
});
afterAll(() => kitab?.stop());

const get = (path: string) => unchangedBy(kitab.db, { dataDir: kitab.dataDir, resourceIds: [w.kzDraft.id, w.kzPublic.id] }, () => fetch(`${base}${path}`, { headers: { "x-forwarded-for": "203.0.113.9" } }));

describe("search API query-string abuse is 400 naming the parameter", () => {
  it.each([
    ["page=-1", "page"],
    ["page=0", "page"],
    ["page=1e12", "page"],
    ["page=abc", "page"],
    ["page=1.5", "page"],
    ["page_size=100000", "page_size"],
    ["page_size=0", "page_size"],
    ["page=200&page_size=100", "page"],
    [`q=${"x".repeat(10_000)}`, "q"],
    ["library=UZB", "library"],
    ["library=../../etc", "library"],
    ["institution=%3Cscript%3E", "institution"],
    ["subject=0613;DROP", "subject"],
    ["type=virus", "type"],
    ["level=god", "level"],
    ["license=GPL-3.0", "license"],
    ["year_from=99999", "year_from"],
    ["year_to=-5", "year_to"],
    ["collection=not-a-uuid", "collection"],
    ["sort=random()", "sort"],
    ["spell=maybe", "spell"],
    ["language=%00", "language"],
  ])("?%s", async (query, field) => {
    const body = await expectApiError(await get(`/api/v1/search?${query}`), 400, "BAD_REQUEST");
    expect(Object.keys((body.error as unknown as { fieldErrors: Record<string, string[]> }).fieldErrors)).toContain(field);
  });

  it.each([
    ["repeated parameters (the last counts)", "q=a&q=b&library=UZ&library=KZ"],
    ["unknown facets (ignored)", "colour=red&facet[]=x&__proto__=1&constructor=x"],
    ["an empty query", "q="],
  ])("%s answer 200", async (_name, query) => {
    const response = await get(`/api/v1/search?${query}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ total: expect.any(Number), items: expect.any(Array) });
  });
});

describe("the search page says what is wrong instead of failing", () => {
  it.each(["page=-1", "page_size=100000", `q=${"ж".repeat(1000)}`, "year_from=abc&year_to=1e9", "page=1&page=2&sort=evil"])("/search?%s", async (query) => {
    const response = await get(`/search?${query}`);
    expect(response.status).toBeLessThan(500);
    const html = await response.text();
    expect(html).toMatch(/role="alert"[^>]*>[^<]{10,}/);
  });
});

const OAI_ERROR = /<error code="([a-zA-Z]+)">[^<]{3,}<\/error>/;
describe("OAI-PMH answers bad verbs and arguments with OAI errors", () => {
  it.each([
    ["", "badVerb"],
    ["verb=Destroy", "badVerb"],
    ["verb=Identify&verb=Identify", "badVerb"],
    ["verb=Identify&extra=1", "badArgument"],
    ["verb=GetRecord&metadataPrefix=oai_dc", "badArgument"],
    ["verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:x:1", "idDoesNotExist"],
    ["verb=ListRecords&metadataPrefix=evil", "cannotDisseminateFormat"],
    ["verb=ListRecords", "badArgument"],
    ["verb=ListRecords&metadataPrefix=oai_dc&from=yesterday", "badArgument"],
    ["verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&until=2024-01-01T00:00:00Z", "badArgument"],
    ["verb=ListRecords&resumptionToken=..%2F..%2Fetc%2Fpasswd", "badResumptionToken"],
    ["verb=ListRecords&resumptionToken=abc&metadataPrefix=oai_dc", "badArgument"],
    ["verb=ListIdentifiers&metadataPrefix=oai_dc&set=%3Cscript%3E", "badArgument"],
    ["verb=ListMetadataFormats&identifier=oai:nowhere:%00", "idDoesNotExist"],
  ])("?%s → %s", async (query, code) => {
    const response = await get(`/oai?${query}`);
    expect(response.status).toBe(200);
    const match = OAI_ERROR.exec(await response.text());
    expect(match?.[1]).toBe(code);
  });

  it("GetRecord for another country's draft is idDoesNotExist, like a missing id", async () => {
    const repository = new URL(base).hostname; // the OAI identifiers' repository part
    const response = await get(`/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:${repository}:${w.kzDraft.id}`);
    expect(OAI_ERROR.exec(await response.text())?.[1]).toBe("idDoesNotExist");
  });
});

describe("feeds and sitemaps with bad names are 404 with a message", () => {
  it.each([
    "/feeds/libraries/XX.atom",
    "/feeds/libraries/..%2F..%2Fetc%2Fpasswd",
    "/feeds/libraries/UZ.atom%00.xml",
    "/feeds/collections/not-a-collection.atom",
    "/feeds/collections/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/sitemaps/99999.xml",
    "/sitemaps/-1.xml",
    "/sitemaps/01.xml",
    "/sitemaps/1e3.xml",
    `/sitemaps/${"9".repeat(400)}.xml`,
  ])("%s", async (path) => {
    await expectApiError(await get(path), 404, "NOT_FOUND");
  });

  it("the overall feed ignores unknown query parameters", async () => {
    const response = await get(`/feeds/resources.atom?page=-1&limit=1e9&q=${"x".repeat(5000)}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<feed");
  });
});
