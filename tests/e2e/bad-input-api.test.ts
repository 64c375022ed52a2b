import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startBadInputApp, type TBadInputApp } from "../support/bad-input-app";
import { expectApiError, unchangedBy } from "../support/bad-input-snapshot";
import { seedWorld, type TWorld } from "../support/bad-input-world";
import { sendEarlyAnswered } from "../support/bad-input-send";
import type { HttpSession } from "../support/http-session";

// The JSON API and the pages that take an id, fed what they must refuse: too much, the
// wrong type, broken JSON, and ids of another country's private resources (which must look
// exactly like ids that do not exist). Nothing stored may change.
let kitab: TBadInputApp;
let w: TWorld;
let base = "";

beforeAll(async () => {
  kitab = await startBadInputApp(inject("appDatabaseUrl"), "bad-input-api");
  base = kitab.baseUrl;
  w = await seedWorld(kitab.db, base);
});
afterAll(() => kitab?.stop());

const watched = () => ({
  dataDir: kitab.dataDir,
  resourceIds: [w.kzDraft.id, w.kzInReview.id, w.kzRejected.id, w.kzNetwork.id, w.kzPublic.id, w.uzDraft.id],
  collectionIds: [w.kzCollection.id],
});
const refused = (act: () => Promise<Response>) => unchangedBy(kitab.db, watched(), act);
const json = (method: string, body: string, contentType = "application/json"): RequestInit => ({ method, headers: { origin: base, "content-type": contentType }, body });
const sendBig = (as: HttpSession, method: string, path: string, options: { chunked?: boolean } = {}) =>
  sendEarlyAnswered(`${base}${path}`, method, { origin: base, "content-type": "application/json", cookie: as.cookie() }, big(2_000_000), options);
const big = (bytes: number) => JSON.stringify({ title: { en: "x" }, description: { en: "д".repeat(bytes / 2) } });

describe("oversized bodies are 413 with a message", () => {
  const routes: [string, string, () => string][] = [
    ["POST", "/api/v1/resources", () => "/api/v1/resources"],
    ["PATCH", "/api/v1/resources/{own draft}", () => `/api/v1/resources/${w.uzDraft.id}`],
    ["POST", "/api/v1/resources/{own draft}/submit", () => `/api/v1/resources/${w.uzDraft.id}/submit`],
  ];
  it.each(routes)("%s %s with 2 MB of JSON", async (method, _name, path) => {
    const response = await refused(() => sendBig(w.uzContributor.session, method, path()));
    await expectApiError(response, 413, "PAYLOAD_TOO_LARGE");
  });

  it.each([
    ["POST", "/api/v1/collections", () => "/api/v1/collections"],
    ["PUT", "/api/v1/collections/{id}/items", () => `/api/v1/collections/${w.kzCollection.id}/items`],
  ] as [string, string, () => string][])("%s %s with 2 MB of JSON (a librarian)", async (method, _name, path) => {
    const response = await refused(() => sendBig(w.kzLibrarian.session, method, path()));
    await expectApiError(response, 413, "PAYLOAD_TOO_LARGE");
  });

  it("a chunked body with no Content-Length is 411 (Length Required)", async () => {
    const response = await refused(() => sendBig(w.uzContributor.session, "POST", "/api/v1/resources", { chunked: true }));
    await expectApiError(response, 411);
  });

  it("an OAI-PMH POST of 100 KB", async () => {
    const response = await refused(() => fetch(`${base}/oai`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: `verb=Identify&x=${"a".repeat(100_000)}` }));
    await expectApiError(response, 413, "PAYLOAD_TOO_LARGE");
  });
});

describe("wrong content types are 415 with a message", () => {
  const bodies: [string, string][] = [
    ["application/xml", `<resource><title>x</title></resource>`],
    ["multipart/form-data; boundary=xyz", `--xyz\r\nContent-Disposition: form-data; name="title"\r\n\r\nx\r\n--xyz--\r\n`],
    ["application/x-www-form-urlencoded", "title=x&library=UZ"],
    ["image/png", "\x89PNG\r\n"],
  ];
  it.each(bodies)("POST /api/v1/resources as %s", async (type, body) => {
    const response = await refused(() => w.uzContributor.session.request("/api/v1/resources", json("POST", body, type)));
    await expectApiError(response, 415, "UNSUPPORTED_MEDIA_TYPE");
  });

  it("PATCH /api/v1/resources/{id} as text/html", async () => {
    const response = await refused(() => w.uzContributor.session.request(`/api/v1/resources/${w.uzDraft.id}`, json("PATCH", `{"version":1}`, "text/html")));
    await expectApiError(response, 415, "UNSUPPORTED_MEDIA_TYPE");
  });

  it("PUT /api/v1/collections/{id}/items as multipart", async () => {
    const response = await refused(() => w.kzLibrarian.session.request(`/api/v1/collections/${w.kzCollection.id}/items`, json("PUT", bodies[1]![1], bodies[1]![0])));
    await expectApiError(response, 415, "UNSUPPORTED_MEDIA_TYPE");
  });

  it("OAI-PMH by POST as JSON", async () => {
    const response = await refused(() => fetch(`${base}/oai`, { method: "POST", headers: { "content-type": "application/json" }, body: `{"verb":"Identify"}` }));
    await expectApiError(response, 415, "UNSUPPORTED_MEDIA_TYPE");
  });
});

describe("broken JSON is 400, JSON of the wrong shape 422", () => {
  it.each([
    ["truncated", `{"library":"UZ","title":{"en":"x"`],
    ["a trailing comma", `{"library":"UZ","title":{"en":"x"},}`],
    ["single quotes", `{'library':'UZ'}`],
    ["bytes that are not UTF-8 JSON", "\xff\xfe{\x00"],
    ["10,000 nested arrays", "[".repeat(10_000)],
    ["NaN", `{"library":"UZ","year":NaN,"title":{"en":"x"}}`],
  ])("POST /api/v1/resources with %s", async (_name, body) => {
    const response = await refused(() => w.uzContributor.session.request("/api/v1/resources", json("POST", body)));
    await expectApiError(response, 400, "BAD_REQUEST");
  });

  it.each([
    ["null", "null"],
    ["an array", `[{"library":"UZ","title":{"en":"x"}}]`],
    ["a string", `"UZ"`],
    ["__proto__ smuggling", `{"library":"UZ","title":{"en":"x"},"__proto__":{"role":"ADMIN"}}`],
    ["an unknown field", `{"library":"UZ","title":{"en":"x"},"status":"PUBLISHED"}`],
    ["a year as a string", `{"library":"UZ","title":{"en":"x"},"year":"2024"}`],
    ["a library that does not exist", `{"library":"X1","title":{"en":"x"}}`],
  ])("POST /api/v1/resources with %s", async (_name, body) => {
    const response = await refused(() => w.uzContributor.session.request("/api/v1/resources", json("POST", body)));
    await expectApiError(response, 422, "VALIDATION");
  });

  it("POST /api/v1/resources into another country's library is 403", async () => {
    const response = await refused(() => w.uzContributor.session.request("/api/v1/resources", json("POST", `{"library":"KZ","title":{"en":"x"}}`)));
    await expectApiError(response, 403, "FORBIDDEN");
  });

  it.each([
    ["no version (optimistic lock)", `{"title":{"en":"x"}}`, 422],
    ["an old version", `{"version":999,"title":{"en":"x"}}`, 409],
    ["a broken body", `{"version":1,`, 400],
  ] as [string, string, number][])("PATCH of one's own draft with %s", async (_name, body, status) => {
    const response = await refused(() => w.uzContributor.session.request(`/api/v1/resources/${w.uzDraft.id}`, json("PATCH", body)));
    await expectApiError(response, status);
  });

  it.each([
    ["a broken body", `{"resources":[`, 400],
    ["ids that are not uuids", `{"resources":["../../etc/passwd"]}`, 422],
    ["the same id twice", () => `{"resources":["${w.kzPublic.id}","${w.kzPublic.id}"]}`, 422],
    ["a resource of another library", () => `{"resources":["${w.uzDraft.id}"]}`, 422],
  ] as [string, string | (() => string), number][])("PUT collection items with %s", async (_name, body, status) => {
    const text = typeof body === "function" ? body() : body;
    const response = await refused(() => w.kzLibrarian.session.request(`/api/v1/collections/${w.kzCollection.id}/items`, json("PUT", text)));
    await expectApiError(response, status);
  });
});

// Each private id is asked for by the UZ librarian (and the network-only one anonymously);
// the answer must be byte-for-byte the answer for an id that does not exist.
describe("another country's private resources are 404, exactly like missing ones", () => {
  const privates = ["kzDraft", "kzInReview", "kzRejected"] as const;
  const fileOf = { kzDraft: "draft", kzInReview: "inReview", kzRejected: "rejected" } as const;
  type TAsk = (id: string, fileId: string, as: HttpSession) => Promise<Response>;
  const asks: [string, TAsk][] = [
    ["GET /api/v1/resources/{id}", (id, _f, as) => as.request(`/api/v1/resources/${id}`)],
    ["PATCH /api/v1/resources/{id}", (id, _f, as) => as.request(`/api/v1/resources/${id}`, json("PATCH", `{"version":1,"title":{"en":"hijacked"}}`))],
    ["POST /api/v1/resources/{id}/withdraw", (id, _f, as) => as.request(`/api/v1/resources/${id}/withdraw`, json("POST", `{"reason":"gone"}`))],
    ["GET /api/v1/resources/{id}/files", (id, _f, as) => as.request(`/api/v1/resources/${id}/files`)],
    ["GET …/files/{fileId}/download", (id, f, as) => as.request(`/api/v1/resources/${id}/files/${f}/download`)],
    ["GET …/files/{fileId}/thumbnail", (id, f, as) => as.request(`/api/v1/resources/${id}/files/${f}/thumbnail`)],
  ];
  const cases = privates.flatMap((p) => asks.map(([name, ask]) => [p, name, ask] as const));
  it.each(cases)("%s: %s", async (which, _name, ask) => {
    const as = w.uzLibrarian.session;
    const missing = await ask(randomUUID(), randomUUID(), as);
    const response = await refused(() => ask(w[which].id, w.files[fileOf[which]].id, as));
    const body = await expectApiError(response, 404, "NOT_FOUND");
    expect(body).toEqual(await missing.json());
  });

  it.each(privates)("%s: PUT its id into one's own collection is refused like a missing id", async (which) => {
    const { session, user } = w.uzLibrarian;
    const created = await session.request("/api/v1/collections", json("POST", JSON.stringify({ library: "UZ", slug: `bi-${randomUUID().slice(0, 8)}`, titleLang: "en", title: "Mine" })));
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const put = (rid: string) => session.request(`/api/v1/collections/${id}/items`, json("PUT", JSON.stringify({ resources: [rid] })));
    const missingId = randomUUID();
    const missing = (await (await put(missingId)).json()) as { error: { message: string } };
    const response = await refused(() => put(w[which].id));
    const body = await expectApiError(response, 422, "VALIDATION");
    expect(body.error.message.replace(w[which].id, "ID")).toBe(missing.error.message.replace(missingId, "ID"));
    expect(user.countryCode).toBe("UZ");
  });

  it.each(["GET /api/v1/resources/{id}", "GET /api/v1/resources/{id}/files", "GET …/files/{fileId}/download"])("network-only, anonymously: %s", async (name) => {
    const ask = asks.find(([n]) => n === name)![1];
    const anonymous = { request: (path: string, init?: RequestInit) => fetch(`${base}${path}`, init) } as HttpSession;
    const missing = await ask(randomUUID(), randomUUID(), anonymous);
    const response = await refused(() => ask(w.kzNetwork.id, w.files.network.id, anonymous));
    expect(await expectApiError(response, 404, "NOT_FOUND")).toEqual(await missing.json());
  });

  it("a public resource's id with a private resource's file id", async () => {
    const response = await refused(() => w.uzLibrarian.session.request(`/api/v1/resources/${w.kzPublic.id}/files/${w.files.draft.id}/download`));
    await expectApiError(response, 404, "NOT_FOUND");
  });

  it("PUT into another country's collection", async () => {
    const missing = await w.uzLibrarian.session.request(`/api/v1/collections/${randomUUID()}/items`, json("PUT", `{"resources":[]}`));
    const response = await refused(() => w.uzLibrarian.session.request(`/api/v1/collections/${w.kzCollection.id}/items`, json("PUT", `{"resources":[]}`)));
    expect(await expectApiError(response, 404, "NOT_FOUND")).toEqual(await missing.json());
  });

  it.each(["", "/edit", "/files"])("the page /resources/{private id}%s is the 404 page", async (suffix) => {
    const response = await refused(() => w.uzLibrarian.session.request(`/resources/${w.kzDraft.id}${suffix}`));
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/not found|could not be found|no such/i);
  });
});

describe("methods a route does not have are 405 with a message", () => {
  it.each([
    ["DELETE", () => `/api/v1/resources/${w.kzDraft.id}`],
    ["DELETE", () => `/api/v1/resources/${w.uzDraft.id}`],
    ["PUT", () => "/api/v1/resources"],
    ["DELETE", () => `/api/v1/collections/${w.kzCollection.id}`],
  ] as [string, () => string][])("%s %s", async (method, path) => {
    const response = await refused(() => w.uzContributor.session.request(path(), { method, headers: { origin: base } }));
    await expectApiError(response, 405, "METHOD_NOT_ALLOWED");
    expect(response.headers.get("allow")).toMatch(/GET/);
  });
});
