import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { TOpenApiDocument } from "@/lib/openapi/openapi-types";
import { HttpSession } from "../support/http-session";
import { openBrowser } from "../support/open-browser";
import { tusUpload } from "../support/tus-upload";

const baseUrl = inject("baseUrl");
const send = (body: unknown, method = "POST") => ({ method, headers: { origin: baseUrl, "content-type": "application/json" }, body: JSON.stringify(body) });
const BASE = "https://kitab.test/openapi.json";

type TPage = { items: { id: string; slug?: string }[]; next_cursor: string | null };

let doc: TOpenApiDocument;
let ajv: Ajv2020;
const validators = new Map<string, ValidateFunction>();

// Checks a body against the JSON Schema the document gives for that answer of that operation.
function check(path: string, method: string, status: number, body: unknown) {
  const response = doc.paths[path]?.[method]?.responses[String(status)];
  expect(response, `${method} ${path} ${status} is documented`).toBeDefined();
  const resolved = response && "$ref" in response ? doc.components.responses[response.$ref.split("/").pop()!] : response;
  const ref = resolved?.content?.["application/json"]?.schema?.$ref;
  expect(ref, `${method} ${path} ${status} has a JSON schema`).toMatch(/^#\/components\/schemas\//);
  if (!validators.has(ref!)) validators.set(ref!, ajv.compile({ $ref: `${BASE}${ref}` }));
  const validate = validators.get(ref!)!;
  expect(validate(body), `${method} ${path} ${status}: ${JSON.stringify(validate.errors)}`).toBe(true);
}

async function getJson(session: HttpSession | null, url: string, path: string, status = 200) {
  const response = session ? await session.request(url) : await fetch(baseUrl + url);
  expect(response.status, url).toBe(status);
  const body = (await response.json()) as unknown;
  check(path, "get", status, body);
  return body;
}

beforeAll(async () => {
  const response = await fetch(`${baseUrl}/api/v1/openapi.json`);
  expect(response.status).toBe(200);
  doc = (await response.json()) as TOpenApiDocument;
  ajv = new Ajv2020({ strict: true, allowUnionTypes: true, validateFormats: false });
  ajv.addKeyword({ keyword: "components" });
  ajv.addSchema({ $id: BASE, components: doc.components });
});

describe("the documented REST API", () => {
  it("describes itself and answers its own schemas", async () => {
    expect(doc).toMatchObject({ openapi: "3.1.0", info: { version: "1" }, servers: [{ url: baseUrl }] });
    check("/api/v1/openapi.json", "get", 200, doc);
    await getJson(null, "/api/v1/libraries", "/api/v1/libraries");
    expect(await getJson(null, "/api/v1/libraries/uz", "/api/v1/libraries/{country}")).toMatchObject({ country: "UZ", hostInstitution: { slug: "tuit" } });
    await getJson(null, "/api/v1/libraries/XX", "/api/v1/libraries/{country}", 404);
    await getJson(null, "/api/v1/search?q=matematika&page_size=3", "/api/v1/search");
    await getJson(null, "/api/v1/collections?library=UZ", "/api/v1/collections");
  });

  it("walks the resources across cursors, each once, and keeps a copy in step with updated_since", async () => {
    const librarian = new HttpSession(baseUrl);
    await librarian.signIn("librarian-uz@kitab.example", "kitab-demo-password");
    const since = new Date(Date.now() - 1000).toISOString();
    const ids: string[] = [];
    for (const title of ["Chiziqli algebra", "Diskret matematika", "Ehtimollar nazariyasi"]) {
      const created = await librarian.request(
        "/api/v1/resources",
        send({ library: "UZ", title: { "uz-Latn": title }, description: { "uz-Latn": "Ma'ruzalar matni." }, authors: [{ name: "Test Muallif" }], subjects: ["0541"], languages: ["uz-Latn"], level: "bachelor", type: "lecture_notes", license: "CC BY 4.0", year: 2024 }),
      );
      expect(created.status).toBe(201);
      const resource = (await created.json()) as { id: string };
      check("/api/v1/resources", "post", 201, resource);
      expect((await librarian.request(`/api/v1/resources/${resource.id}/submit`, send({}))).status).toBe(200);
      const published = await librarian.request(`/api/v1/resources/${resource.id}/publish`, send({}));
      check("/api/v1/resources/{id}/{action}", "post", 200, await published.json());
      ids.push(resource.id);
    }

    const seen: string[] = [];
    let url = "/api/v1/resources?limit=2";
    for (let pages = 0; pages < 500; pages++) {
      const page = (await getJson(null, url, "/api/v1/resources")) as TPage;
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((r) => r.id));
      if (!page.next_cursor) break;
      url = `/api/v1/resources?limit=2&cursor=${encodeURIComponent(page.next_cursor)}`;
    }
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of ids) expect(seen).toContain(id);
    expect(seen.indexOf(ids[2]!)).toBeLessThan(seen.indexOf(ids[0]!)); // newest published first

    const changed = (await getJson(null, `/api/v1/resources?institution=tuit&updated_since=${encodeURIComponent(since)}&limit=100`, "/api/v1/resources")) as TPage;
    expect(changed.items.map((r) => r.id)).toEqual(expect.arrayContaining(ids));
    await getJson(null, `/api/v1/resources/${ids[0]}`, "/api/v1/resources/{id}");
  });

  it("refuses a bad cursor or limit with a 400 that names it", async () => {
    for (const query of ["cursor=bm90LWEtY3Vyc29y", "limit=0", "limit=101", "limit=many", "updated_since=yesterday", "status=LOST"]) {
      const body = (await getJson(null, `/api/v1/resources?${query}`, "/api/v1/resources", 400)) as { error: { code: string; fieldErrors: Record<string, string[]> } };
      expect(body.error.code).toBe("BAD_REQUEST");
      expect(Object.keys(body.error.fieldErrors)).toEqual([query.split("=")[0]]);
    }
    await getJson(null, "/api/v1/institutions?cursor=%5B%5D", "/api/v1/institutions", 400);
    await getJson(null, "/api/v1/resources/00000000-0000-7000-8000-000000000000/files?limit=1000", "/api/v1/resources/{id}/files", 400);
  });

  it("lists institutions a page at a time and reads one", async () => {
    const slugs: string[] = [];
    let url = "/api/v1/institutions?library=UZ&limit=2";
    for (let pages = 0; pages < 100; pages++) {
      const page = (await getJson(null, url, "/api/v1/institutions")) as TPage;
      slugs.push(...page.items.map((i) => i.slug!));
      if (!page.next_cursor) break;
      url = `/api/v1/institutions?library=UZ&limit=2&cursor=${encodeURIComponent(page.next_cursor)}`;
    }
    expect(slugs).toContain("tuit");
    expect(slugs).toEqual([...new Set(slugs)].sort());
    expect(await getJson(null, "/api/v1/institutions/tuit", "/api/v1/institutions/{slug}")).toMatchObject({ slug: "tuit", country: "UZ", isHost: true });
    await getJson(null, "/api/v1/institutions/no-such-place", "/api/v1/institutions/{slug}", 404);
  });

  it("lists a resource's files with addresses that serve them", async () => {
    const librarian = new HttpSession(baseUrl);
    await librarian.signIn("librarian-uz@kitab.example", "kitab-demo-password");
    const created = await librarian.request("/api/v1/resources", send({ library: "UZ", title: { "uz-Latn": "Fayllar ro'yxati" } }));
    const { id } = (await created.json()) as { id: string };
    const { fileId } = await tusUpload(Buffer.from("Birinchi bob.\n"), { endpoint: `${baseUrl}/api/uploads`, cookie: librarian.cookie(), metadata: { resourceId: id, filename: "bob-1.txt" } });

    const files = (await getJson(librarian, `/api/v1/resources/${id}/files`, "/api/v1/resources/{id}/files")) as { items: { id: string; name: string; downloadUrl: string }[]; next_cursor: null };
    expect(files.items).toEqual([expect.objectContaining({ id: fileId, name: "bob-1.txt", downloadUrl: `/api/v1/resources/${id}/files/${fileId}/download` })]);
    expect(files.next_cursor).toBeNull();
    const download = await librarian.request(files.items[0]!.downloadUrl);
    expect(download.status).toBe(200);
    expect(await download.text()).toBe("Birinchi bob.\n");
    // A draft: not found for visitors, as its page.
    await getJson(null, `/api/v1/resources/${id}/files`, "/api/v1/resources/{id}/files", 404);
  });

  it("has a reference page that lists every path", async () => {
    const response = await fetch(`${baseUrl}/api`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    for (const [path, methods] of Object.entries(doc.paths)) {
      expect(html, path).toContain(`<code>${path}</code>`);
      for (const operation of Object.values(methods)) expect(html, operation.operationId).toContain(`id="${operation.operationId}"`);
    }
    expect(html).toContain("curl");
    expect(html).toContain('id="schema-Resource"');

    // Readable without JavaScript: the operation's parameters and curl call are in the page itself.
    const browser = await openBrowser();
    try {
      const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
      await page.goto(`${baseUrl}/api#listResources`);
      const section = page.locator("#listResources");
      await expect(section.getByRole("cell", { name: "updated_since" }).count()).resolves.toBe(1);
      await expect(section.locator("pre").innerText()).resolves.toContain(`curl '${baseUrl}/api/v1/resources?library=UZ&limit=2'`);
      await page.screenshot({ path: "tests/e2e/__screenshots__/api-reference.png" });
      await section.screenshot({ path: "tests/e2e/__screenshots__/api-reference-operation.png" });
    } finally {
      await browser.close();
    }
  });
});
