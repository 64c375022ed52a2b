import { DOMParser, type Element } from "@xmldom/xmldom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/database/get-db";
import { answerOaiRequest } from "@/lib/server/oai/answer-oai-request";
import { createSearchInstitution, publishFixtures } from "../support/search-fixtures";
import { validateOaiXml } from "../support/validate-oai-xml";

const db = getDb();
afterAll(() => db.$disconnect());
const OAI = "http://www.openarchives.org/OAI/2.0/";
const DC = "http://purl.org/dc/elements/1.1/";

async function oai(query: Record<string, string> | [string, string][], now?: Date) {
  const xml = await answerOaiRequest({ pairs: Array.isArray(query) ? query : Object.entries(query), now });
  expect(validateOaiXml(xml)).toBe("");
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const all = (name: string, ns = OAI) => Array.from(doc.getElementsByTagNameNS(ns, name)) as Element[];
  const error = all("error")[0];
  return { xml, all, error: error ? { code: error.getAttribute("code"), message: error.textContent } : null, text: (name: string, ns = OAI) => all(name, ns).map((e) => e.textContent ?? "") };
}

// Pages a list to its end the way a harvester does; returns what each page said.
async function harvest(first: Record<string, string>) {
  const pages = [];
  let page = await oai(first);
  for (;;) {
    pages.push(page);
    const token = page.all("resumptionToken")[0];
    if (!token?.textContent) return pages;
    page = await oai({ verb: first.verb!, resumptionToken: token.textContent });
  }
}

let institution: Awaited<ReturnType<typeof createSearchInstitution>>;
let ids: string[] = [];
let withdrawn: string;
let hidden: string;
const host = "localhost"; // PUBLIC_URL defaults to http://localhost:<PORT> in these tests

beforeAll(async () => {
  institution = await createSearchInstitution(db);
  ids = await publishFixtures(db, institution, [
    { title: { en: "Thermodynamics", ru: "Термодинамика" }, description: { en: "Heat & <work>." }, languages: ["en", "ru"], subjects: ["0533"], keywords: ["entropy"] },
    { title: { "uz-Latn": "Algebra asoslari" }, languages: ["uz-Latn"], subjects: ["0541"] },
    { title: { kk: "Химия негіздері" }, languages: ["kk"], subjects: ["0531"] },
    { title: { en: "Old lecture" }, languages: ["en"] },
    { title: { en: "Network only" }, languages: ["en"], visibility: "NETWORK" },
    { title: { en: "Statistics" }, languages: ["en"], subjects: ["0542"] },
  ]);
  [withdrawn, hidden] = [ids[3]!, ids[4]!];
  await db.resource.update({ where: { id: withdrawn }, data: { status: "WITHDRAWN", withdrawnAt: new Date(), statusReason: "Superseded." } });
  await db.resource.update({ where: { id: ids[0] }, data: { authors: [{ name: "Aziz Karimov", orcid: "0000-0002-1825-0097" }], educationalLevel: "BACHELOR", courseName: "Physics 101" } });
});

describe("OAI-PMH", () => {
  it("identifies itself with every field the protocol requires", async () => {
    const r = await oai({ verb: "Identify" });
    expect(r.error).toBeNull();
    expect(r.text("baseURL")).toEqual([expect.stringMatching(/^http:\/\/localhost:\d+\/oai$/)]);
    expect(r.text("protocolVersion")).toEqual(["2.0"]);
    expect(r.text("deletedRecord")).toEqual(["persistent"]);
    expect(r.text("granularity")).toEqual(["YYYY-MM-DDThh:mm:ssZ"]);
    expect(r.text("earliestDatestamp")[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(r.text("adminEmail")).toEqual(["admin@kitab.example"]);
    expect(r.text("repositoryName")[0]).toContain("Kitab");
  });

  it("harvests a set across resumption tokens, each record once, withdrawn ones as deleted, network-only ones never", async () => {
    const pages = await harvest({ verb: "ListRecords", metadataPrefix: "oai_dc", set: `institution:${institution.slug}` });
    expect(pages.length).toBe(2); // 5 records, 3 a page
    const identifiers = pages.flatMap((p) => p.text("identifier"));
    expect(identifiers.sort()).toEqual(ids.filter((id) => id !== hidden).map((id) => `oai:${host}:${id}`).sort());
    const tokens = pages.map((p) => p.all("resumptionToken")[0]!);
    expect(tokens.map((t) => [t.getAttribute("completeListSize"), t.getAttribute("cursor")])).toEqual([["5", "0"], ["5", "3"]]);
    expect(tokens[0]!.getAttribute("expirationDate")).toMatch(/Z$/);
    expect(tokens[1]!.textContent).toBe(""); // the last page says the list is complete
    const deleted = pages.flatMap((p) => p.all("header")).filter((h) => h.getAttribute("status") === "deleted");
    expect(deleted.map((h) => h.getElementsByTagNameNS(OAI, "identifier")[0]!.textContent)).toEqual([`oai:${host}:${withdrawn}`]);
    // The deleted record has a header and no metadata.
    expect(pages.flatMap((p) => p.all("metadata")).length).toBe(4);
  });

  it("describes a record in oai_dc with the licence URI in dc:rights and every translation", async () => {
    const r = await oai({ verb: "GetRecord", identifier: `oai:${host}:${ids[0]}`, metadataPrefix: "oai_dc" });
    expect(r.text("title", DC).sort()).toEqual(["Thermodynamics", "Термодинамика"]);
    expect(r.all("title", DC).map((e) => e.getAttribute("xml:lang")).sort()).toEqual(["en", "ru"]);
    expect(r.text("creator", DC)).toEqual(["Aziz Karimov"]);
    expect(r.text("rights", DC)).toContain("https://creativecommons.org/licenses/by/4.0/");
    expect(r.text("description", DC)).toEqual(["Heat & <work>."]);
    expect(r.text("subject", DC)).toEqual(expect.arrayContaining([expect.stringMatching(/^0533 /), "entropy"]));
    expect(r.text("language", DC)).toEqual(["en", "ru"]);
    expect(r.text("identifier", DC)).toEqual([expect.stringMatching(new RegExp(`^http://localhost:\\d+/resources/${ids[0]}$`))]);
    expect(r.text("publisher", DC)).toEqual([`Search test ${institution.slug}`]);
    expect(r.text("type", DC)).toEqual(["Text", "Textbook"]);
    const sets = r.text("setSpec");
    expect(sets).toEqual(expect.arrayContaining(["country:UZ", `institution:${institution.slug}`, "subject:05", "subject:053", "subject:0533"]));
  });

  it("describes a record in the LRMI format with level, type, subjects and authors' ORCID", async () => {
    const r = await oai({ verb: "GetRecord", identifier: `oai:${host}:${ids[0]}`, metadataPrefix: "lrmi" });
    const LRMI = "urn:kitab:lrmi:1.0";
    expect(r.text("learningResourceType", LRMI)).toEqual(["textbook"]);
    expect(r.text("educationalLevel", LRMI)).toEqual(["bachelor"]);
    expect(r.text("orcid", LRMI)).toEqual(["https://orcid.org/0000-0002-1825-0097"]);
    expect(r.all("about", LRMI).map((e) => [e.getAttribute("code"), e.getAttribute("uri")])).toEqual([["0533", "https://w3id.org/kim/isced-2013/n0533"]]);
    expect(r.all("learningResourceType", LRMI)[0]!.getAttribute("uri")).toBe("https://w3id.org/kim/hcrt/textbook");
    expect(r.all("educationalLevel", LRMI)[0]!.getAttribute("uri")).toBe("https://w3id.org/kim/educationalLevel/level_6");
    expect(r.text("courseName", LRMI)).toEqual(["Physics 101"]);
    expect(r.text("license", LRMI)).toEqual(["https://creativecommons.org/licenses/by/4.0/"]);
  });

  it("selects by datestamp and by subject set, broader subjects holding narrower ones", async () => {
    const all = await harvest({ verb: "ListIdentifiers", metadataPrefix: "oai_dc", set: "subject:054" });
    const mine = all.flatMap((p) => p.text("identifier")).filter((i) => ids.some((id) => i.endsWith(id)));
    expect(mine.sort()).toEqual([ids[1], ids[5]].map((id) => `oai:${host}:${id}`).sort());
    const future = await oai({ verb: "ListIdentifiers", metadataPrefix: "oai_dc", from: "2999-01-01" });
    expect(future.error?.code).toBe("noRecordsMatch");
    const past = await oai({ verb: "ListIdentifiers", metadataPrefix: "oai_dc", until: "2000-01-01T00:00:00Z" });
    expect(past.error?.code).toBe("noRecordsMatch");
  });

  it("keeps a harvest stable while records change: a record edited mid-harvest leaves this harvest, none repeats", async () => {
    const first = await oai({ verb: "ListIdentifiers", metadataPrefix: "oai_dc", set: `institution:${institution.slug}` });
    const seen = first.text("identifier");
    const unseen = ids.filter((id) => id !== hidden && !seen.some((i) => i.endsWith(id)));
    await db.resource.update({ where: { id: unseen[0] }, data: { keywords: ["edited"] } });
    const second = await oai({ verb: "ListIdentifiers", resumptionToken: first.all("resumptionToken")[0]!.textContent! });
    const rest = second.text("identifier");
    expect(rest.some((i) => seen.includes(i))).toBe(false);
    expect(rest).not.toContain(`oai:${host}:${unseen[0]}`);
    // The next incremental harvest (from the first one's start) brings it.
    const since = first.text("responseDate")[0]!;
    const next = await harvest({ verb: "ListIdentifiers", metadataPrefix: "oai_dc", from: since });
    expect(next.flatMap((p) => p.text("identifier"))).toContain(`oai:${host}:${unseen[0]}`);
  });

  it("answers every protocol error where it applies", async () => {
    const codes = async (query: Record<string, string> | [string, string][], now?: Date) => (await oai(query, now)).error?.code;
    expect(await codes({})).toBe("badVerb");
    expect(await codes({ verb: "Harvest" })).toBe("badVerb");
    expect(await codes([["verb", "Identify"], ["verb", "Identify"]])).toBe("badVerb");
    expect(await codes({ verb: "Identify", metadataPrefix: "oai_dc" })).toBe("badArgument");
    expect(await codes({ verb: "ListRecords" })).toBe("badArgument");
    expect(await codes({ verb: "GetRecord", identifier: `oai:${host}:${ids[0]}` })).toBe("badArgument");
    expect(await codes({ verb: "ListRecords", metadataPrefix: "oai_dc", from: "2026-13-01" })).toBe("badArgument");
    expect(await codes({ verb: "ListRecords", metadataPrefix: "oai_dc", from: "2026-01-01", until: "2026-02-01T00:00:00Z" })).toBe("badArgument");
    expect(await codes({ verb: "ListRecords", metadataPrefix: "oai_dc", from: "2026-02-01", until: "2026-01-01" })).toBe("badArgument");
    expect(await codes([["verb", "ListRecords"], ["metadataPrefix", "oai_dc"], ["metadataPrefix", "oai_dc"]])).toBe("badArgument");
    expect(await codes({ verb: "ListRecords", metadataPrefix: "oai_dc", set: "country:uzbekistan" })).toBe("badArgument");
    expect(await codes({ verb: "ListRecords", resumptionToken: "x", metadataPrefix: "oai_dc" })).toBe("badArgument");
    expect(await codes({ verb: "ListRecords", resumptionToken: "forged.token" })).toBe("badResumptionToken");
    expect(await codes({ verb: "ListSets", resumptionToken: "anything" })).toBe("badResumptionToken");
    const listing = await oai({ verb: "ListIdentifiers", metadataPrefix: "oai_dc", set: `institution:${institution.slug}` });
    const token = listing.all("resumptionToken")[0]!.textContent!;
    expect(await codes({ verb: "ListRecords", resumptionToken: token })).toBe("badResumptionToken"); // another verb's token
    const tampered = `${Buffer.from(JSON.stringify({ cursor: 0 })).toString("base64url")}.${token.split(".")[1]}`;
    expect(await codes({ verb: "ListIdentifiers", resumptionToken: tampered })).toBe("badResumptionToken");
    const expired = await oai({ verb: "ListIdentifiers", resumptionToken: token }, new Date(Date.now() + 25 * 3_600_000));
    expect(expired.error).toMatchObject({ code: "badResumptionToken", message: expect.stringContaining("expired") });
    expect(await codes({ verb: "ListRecords", metadataPrefix: "marc21" })).toBe("cannotDisseminateFormat");
    expect(await codes({ verb: "GetRecord", identifier: `oai:${host}:${ids[0]}`, metadataPrefix: "marc21" })).toBe("cannotDisseminateFormat");
    expect(await codes({ verb: "GetRecord", identifier: `oai:${host}:${hidden}`, metadataPrefix: "oai_dc" })).toBe("idDoesNotExist");
    expect(await codes({ verb: "GetRecord", identifier: "oai:elsewhere.org:123", metadataPrefix: "oai_dc" })).toBe("idDoesNotExist");
    expect(await codes({ verb: "ListMetadataFormats", identifier: `oai:${host}:00000000-0000-7000-8000-000000000000` })).toBe("idDoesNotExist");
    expect(await codes({ verb: "ListRecords", metadataPrefix: "oai_dc", set: "country:ZZ" })).toBe("noRecordsMatch");
  });

  it("echoes the request, except after badVerb and badArgument", async () => {
    const ok = await oai({ verb: "ListMetadataFormats" });
    expect(ok.all("request")[0]!.getAttribute("verb")).toBe("ListMetadataFormats");
    expect(ok.text("metadataPrefix")).toEqual(["oai_dc", "lrmi"]);
    const bad = await oai({ verb: "Identify", junk: "<x>" });
    expect(bad.all("request")[0]!.attributes.length).toBe(0);
  });

  it("lists its sets: countries, institutions, collections and subjects", async () => {
    const r = await oai({ verb: "ListSets" });
    const specs = r.text("setSpec");
    expect(specs).toEqual(expect.arrayContaining(["country:UZ", "country:KZ", `institution:${institution.slug}`, "subject:05", "subject:0533"]));
    expect(r.all("resumptionToken")).toHaveLength(0);
  });
});
