import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, inject, it } from "vitest";
import { createDb } from "@/lib/server/database/create-db";
import { HttpSession } from "../support/http-session";
import { validateOaiXml } from "../support/validate-oai-xml";

const baseUrl = inject("baseUrl");
const run = promisify(execFile);
const send = (body: unknown) => ({ method: "POST", headers: { origin: baseUrl, "content-type": "application/json" }, body: JSON.stringify(body) });

async function harvest(verb: string, prefix: string, set?: string) {
  const { stdout } = await run("perl", ["tests/support/oai-harvest.pl", `${baseUrl}/oai`, verb, prefix, ...(set ? [set] : [])], { maxBuffer: 64 * 1024 * 1024 });
  return stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [identifier, datestamp, status, sets] = line.split("\t");
      return { id: identifier!.split(":").at(-1)!, datestamp: datestamp!, status: status!, sets: sets ? sets.split(",") : [] };
    });
}

// The whole repository harvested by a real third-party client (Debian's libhttp-oai-perl),
// following the app's resumption tokens (7 records a page in the test app).
describe("OAI-PMH harvest", () => {
  it("gets every public record exactly once, withdrawn ones as deleted, across many resumption tokens", async () => {
    const librarian = new HttpSession(baseUrl);
    await librarian.signIn("librarian-uz@kitab.example", "kitab-demo-password");
    const make = async (title: string) => {
      const created = await librarian.request("/api/v1/resources", send({ library: "UZ", title: { en: title }, description: { en: "Harvest test." }, authors: [{ name: "Demo Author" }], subjects: ["0533"], languages: ["en"], level: "bachelor", type: "textbook", license: "CC BY 4.0", year: 2025 }));
      const { id } = (await created.json()) as { id: string };
      expect((await librarian.request(`/api/v1/resources/${id}/submit`, send({}))).status).toBe(200);
      expect((await librarian.request(`/api/v1/resources/${id}/publish`, send({}))).status).toBe(200);
      return id;
    };
    const made = [];
    for (let i = 1; i <= 16; i++) made.push(await make(`Harvested resource ${i}`));
    const [kept, gone] = [made[0]!, made[1]!];
    expect((await librarian.request(`/api/v1/resources/${gone}/withdraw`, send({ reason: "Duplicate of another record." }))).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // past these changes' datestamp second

    const db = createDb(inject("appDatabaseUrl"));
    const started = new Date();
    const records = await harvest("ListRecords", "oai_dc");
    const expected = await db.resource.findMany({ where: { publishedAt: { not: null }, visibility: "PUBLIC", status: { in: ["PUBLISHED", "WITHDRAWN"] } }, select: { id: true, status: true, updatedAt: true } });
    await db.$disconnect();

    const ids = records.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length); // nothing twice
    expect(records.length).toBeGreaterThan(7 * 3); // several resumption tokens
    expect(ids).toEqual(expect.arrayContaining(made));
    // Everything that existed before the harvest began and did not change during it came once;
    // records changed by other tests meanwhile may have moved past its end.
    const before = expected.filter((r) => r.updatedAt < started);
    expect(before.filter((r) => !ids.includes(r.id))).toEqual([]);
    const known = new Map(expected.map((r) => [r.id, r]));
    expect(ids.filter((id) => !known.has(id))).toEqual([]);
    for (const record of records) expect(record.status).toBe(known.get(record.id)!.status === "PUBLISHED" ? "ok" : "deleted");
    expect(records.find((r) => r.id === gone)?.status).toBe("deleted");
    expect(records.find((r) => r.id === kept)?.sets).toEqual(expect.arrayContaining(["country:UZ", "subject:05", "subject:053", "subject:0533"]));

    // The richer format and a set harvest, with the same client.
    const uz = await harvest("ListRecords", "lrmi", "country:UZ");
    expect(uz.length).toBeGreaterThan(0);
    expect(uz.every((r) => r.sets.includes("country:UZ"))).toBe(true);
    expect(uz.map((r) => r.id)).toContain(kept);
    const identifiers = await harvest("ListIdentifiers", "oai_dc", "subject:0533");
    expect(identifiers.map((r) => r.id)).toContain(kept);
  }, 120_000);

  it("answers GET and POST alike, with responses that pass the OAI-PMH and metadata schemas", async () => {
    const get = async (query: string) => (await fetch(`${baseUrl}/oai?${query}`)).text();
    for (const query of ["verb=Identify", "verb=ListMetadataFormats", "verb=ListSets", "verb=ListRecords&metadataPrefix=oai_dc", "verb=ListRecords&metadataPrefix=lrmi&set=country:UZ", "verb=ListIdentifiers&metadataPrefix=oai_dc", "verb=Nonsense", "verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=x"]) {
      expect(validateOaiXml(await get(query)), query).toBe("");
    }
    const first = new DOMParser().parseFromString(await get("verb=ListRecords&metadataPrefix=lrmi"), "text/xml");
    const token = first.getElementsByTagName("resumptionToken")[0]!.textContent!;
    const viaPost = await fetch(`${baseUrl}/oai`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ verb: "ListRecords", resumptionToken: token }) });
    expect(viaPost.status).toBe(200);
    expect(viaPost.headers.get("content-type")).toBe("text/xml; charset=utf-8");
    const body = await viaPost.text();
    expect(validateOaiXml(body)).toBe("");
    expect(body).toContain('cursor="7"');
    const wrongType = await fetch(`${baseUrl}/oai`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(wrongType.status).toBe(415);
    expect((await fetch(`${baseUrl}/oai/lrmi.xsd`)).headers.get("content-type")).toMatch(/xml/);
  });
});
