import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { refreshSearchDocuments } from "@/lib/server/search/refresh-search-documents";
import { startBadInputApp, type TBadInputApp } from "../support/bad-input-app";
import { expectApiError, unchangedBy } from "../support/bad-input-snapshot";
import { tusMetadata, tusRequest } from "../support/bad-input-tus";
import { seedWorld, type TWorld } from "../support/bad-input-world";
import { tusUpload } from "../support/tus-upload";

// Unicode at its edges in JSON bodies, queries and file names: what is not text (lone
// surrogates, too much of it) is a 422/400 that stores nothing; what is text (scripts,
// emoji, joiners, NFC or NFD spellings of one word) goes in and comes back intact.
let kitab: TBadInputApp;
let w: TWorld;
let base = "";
const tag = randomBytes(4).toString("hex");

beforeAll(async () => {
  kitab = await startBadInputApp(inject("appDatabaseUrl"), "bad-input-unicode");
  base = kitab.baseUrl;
  w = await seedWorld(kitab.db, base);
});
afterAll(() => kitab?.stop());

const watched = () => ({ dataDir: kitab.dataDir, resourceIds: [w.uzDraft.id] });
// JSON.stringify writes a lone surrogate as the escape \udxxx: the bytes an attacker would send.
const create = (body: unknown) =>
  w.uzContributor.session.request("/api/v1/resources", { method: "POST", headers: { origin: base, "content-type": "application/json" }, body: JSON.stringify({ library: "UZ", ...(body as object) }) });
const patch = (body: unknown) =>
  w.uzContributor.session.request(`/api/v1/resources/${w.uzDraft.id}`, { method: "PATCH", headers: { origin: base, "content-type": "application/json" }, body: JSON.stringify({ version: 1, ...(body as object) }) });
const combining = (n: number) => "a" + "\u0301\u0308\u0323".repeat(n);

describe("JSON bodies with text that is not text are refused and store nothing", () => {
  it.each([
    ["a lone high surrogate in a title", { title: { en: "Fizika \ud800" } }],
    ["a lone low surrogate in a description", { title: { en: "ok" }, description: { ru: "\udc00 описание" } }],
    ["a lone surrogate in a keyword", { title: { en: "ok" }, keywords: ["\ud83d"] }],
    ["a lone surrogate in an author", { title: { en: "ok" }, authors: [{ name: "Ali \udfff" }] }],
    ["a title of NUL characters only", { title: { en: "\u0000\u0000" } }],
    ["a 10,000-character title", { title: { en: "ж".repeat(10_000) } }],
    ["a title of 10,000 combining marks", { title: { kk: combining(3_400) } }],
    ["a 10,000-character keyword", { title: { en: "ok" }, keywords: ["k".repeat(10_000)] }],
    ["a language tag made of RTL overrides", { title: { "\u202Een": "ok" } }],
  ])("POST with %s is 422", async (_name, body) => {
    await expectApiError(await unchangedBy(kitab.db, watched(), () => create(body)), 422, "VALIDATION");
  });

  it.each([
    ["a lone surrogate", { title: { en: "\ud800" } }],
    ["a combining flood in a course name", { courseName: combining(200) }],
  ])("PATCH with %s is 422", async (_name, body) => {
    await expectApiError(await unchangedBy(kitab.db, watched(), () => patch(body)), 422, "VALIDATION");
  });

  it("a collection title with a lone surrogate is 422", async () => {
    const response = await unchangedBy(kitab.db, watched(), () =>
      w.uzLibrarian.session.request("/api/v1/collections", { method: "POST", headers: { origin: base, "content-type": "application/json" }, body: JSON.stringify({ library: "UZ", slug: `u-${tag}`, titleLang: "en", title: "To\udbff" }) }),
    );
    await expectApiError(response, 422, "VALIDATION");
  });
});

describe("text at the edges of Unicode goes in and comes back as it was", () => {
  it.each([
    ["mixed scripts", { "uz-Latn": "Oʻzbekiston tarixi", ru: "История Узбекистана", kk: "Қазақстан тарихы", ar: "تاريخ" }],
    ["emoji and ZWJ sequences", { en: "Chemistry 👩‍🔬🧪 for 🇺🇿 and 🇰🇿" }],
    ["zero-width joiners and non-joiners", { fa: "می‌خواهم", en: "a\u200Db\u200Cc" }],
    ["an RTL override inside text", { en: `invoice \u202Efdp.exe` }],
  ])("%s", async (_name, title) => {
    const response = await create({ title });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { title: Record<string, string> };
    expect(body.title).toEqual(title);
  });

  it("NUL characters inside text are dropped, the rest kept", async () => {
    const response = await create({ title: { en: "Fi\u0000zika" }, keywords: ["a\u0000b"] });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ title: { en: "Fizika" }, keywords: ["ab"] });
  });
});

describe("queries at the edges of Unicode answer without failing", () => {
  it.each([
    ["a NUL", "Fizika%00"],
    ["bytes of a lone surrogate", "%ED%A0%80"],
    ["invalid UTF-8", "%FF%FE%C0%AF"],
    ["an RTL override", encodeURIComponent("\u202Etxt")],
    ["a combining flood", encodeURIComponent(combining(150))],
    ["emoji with joiners", encodeURIComponent("👩‍🔬🧪")],
    ["mixed scripts", encodeURIComponent("Oʻzbek Қазақ русский")],
  ])("search q with %s is 200", async (_name, q) => {
    for (const path of [`/api/v1/search?q=${q}`, `/search?q=${q}`]) {
      const response = await unchangedBy(kitab.db, watched(), () => fetch(`${base}${path}`));
      expect(response.status, path).toBe(200);
    }
  });

  // ä, ö, ü of Kazakh Latin composed (NFC, as keyboards type them) or decomposed (NFD, as
  // some macOS software sends them): one word either way.
  it.each(["NFC", "NFD"] as const)("a Kazakh word stored in NFC is found by its %s spelling", async (form) => {
    const word = `Ädebietter${tag}`.normalize("NFC");
    const institution = await kitab.db.institution.findFirstOrThrow({ where: { countryCode: "KZ" } });
    const library = await kitab.db.library.findUniqueOrThrow({ where: { countryCode: "KZ" } });
    const existing = await kitab.db.resource.findFirst({ where: { title: { path: ["kk-Latn"], equals: `${word} öneri` } } });
    const resource =
      existing ??
      (await kitab.db.resource.create({
        data: { libraryId: library.id, institutionId: institution.id, status: "PUBLISHED", publishedAt: new Date(), title: { "kk-Latn": `${word} öneri` }, languages: ["kk-Latn"] },
      }));
    await refreshSearchDocuments([resource.id], kitab.db);
    const response = await fetch(`${base}/api/v1/search?q=${encodeURIComponent(word.normalize(form))}`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { items: { id: string }[] }).items.map((i) => i.id)).toContain(resource.id);
  });
});

describe("file names at the edges of Unicode", () => {
  it("a 1,500-character name is refused at creation (400)", async () => {
    const response = await unchangedBy(kitab.db, watched(), () =>
      tusRequest(base, "/api/uploads", "POST", w.uzContributor.session.cookie(), { "Upload-Length": "10", "Upload-Metadata": tusMetadata({ resourceId: w.uzDraft.id, filename: "ж".repeat(1_500) }) }),
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/file/);
  });

  it.each([
    ["an NFD name is stored in NFC", "Ädebiet öneri.txt".normalize("NFD"), "Ädebiet öneri.txt".normalize("NFC")],
    ["emoji and joiners are kept", "👩‍🔬 Тажриба.txt", "👩‍🔬 Тажриба.txt"],
    ["mixed scripts are kept", "Oʻzbek Қазақ.txt", "Oʻzbek Қазақ.txt"],
    ["a combining flood is cut to 200 characters", `${combining(150)}.txt`, null],
  ])("%s", async (_name, filename, expected) => {
    const bytes = Buffer.from(`${filename} ${randomBytes(8).toString("hex")}\n`);
    const { fileId } = await tusUpload(bytes, { endpoint: `${base}/api/uploads`, cookie: w.uzContributor.session.cookie(), metadata: { resourceId: w.uzDraft.id, filename, filetype: "text/plain" } });
    const stored = await kitab.db.resourceFile.findUniqueOrThrow({ where: { id: fileId! } });
    if (expected) expect(stored.originalName).toBe(expected);
    else expect([...stored.originalName].length).toBeLessThanOrEqual(200);
    const download = await w.uzContributor.session.request(`/api/v1/resources/${w.uzDraft.id}/files/${fileId}/download`);
    expect(decodeURIComponent(download.headers.get("content-disposition")!.split("UTF-8''")[1]!)).toBe(stored.originalName);
  });
});
