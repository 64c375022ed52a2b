import { describe, expect, inject, it } from "vitest";
import { HttpSession } from "../support/http-session";

const baseUrl = inject("baseUrl");
const send = (method: string, body: unknown) => ({ method, headers: { origin: baseUrl, "content-type": "application/json" }, body: JSON.stringify(body) });
type TCollection = { id: string; slug: string; resourceCount: number; resources: { id: string }[] };

// Collections over the JSON API: a librarian creates one and sets its ordered resources;
// anyone reads it; another country's librarian cannot touch it.
describe("collections over the JSON API", () => {
  it("create, order, read, and refuse what does not fit", async () => {
    const librarian = new HttpSession(baseUrl);
    await librarian.signIn("librarian-uz@kitab.example", "kitab-demo-password");
    const slug = `api-${Date.now().toString(36)}`;
    const created = await librarian.request("/api/v1/collections", send("POST", { library: "UZ", slug, titleLang: "uz-Latn", title: "Oliy matematika kursi" }));
    expect(created.status).toBe(201);
    const collection = (await created.json()) as TCollection;
    expect(collection).toMatchObject({ slug, resourceCount: 0, resources: [] });

    const ids: string[] = [];
    for (const title of ["Birinchi", "Ikkinchi"]) {
      const draft = await librarian.request("/api/v1/resources", send("POST", { library: "UZ", title: { "uz-Latn": title } }));
      ids.push(((await draft.json()) as { id: string }).id);
    }
    const put = await librarian.request(`/api/v1/collections/${collection.id}/items`, send("PUT", { resources: [ids[1], ids[0]] }));
    expect(put.status).toBe(200);
    expect(((await put.json()) as TCollection).resources.map((r) => r.id)).toEqual([ids[1], ids[0]]);

    // Drafts stay hidden from visitors, who see the collection itself.
    const visitor = (await (await fetch(`${baseUrl}/api/v1/collections/${collection.id}`)).json()) as TCollection;
    expect(visitor).toMatchObject({ slug, resourceCount: 0, resources: [] });
    const listed = (await (await fetch(`${baseUrl}/api/v1/collections?library=uz`)).json()) as { items: TCollection[] };
    expect(listed.items.map((c) => c.slug)).toContain(slug);

    const repeated = await librarian.request(`/api/v1/collections/${collection.id}/items`, send("PUT", { resources: [ids[0], ids[0]] }));
    expect(repeated.status).toBe(422);
    const broken = await librarian.request(`/api/v1/collections/${collection.id}/items`, { ...send("PUT", {}), body: "{resources:" });
    expect(broken.status).toBe(400);
    expect((await fetch(`${baseUrl}/api/v1/collections?library=Uzbekistan`)).status).toBe(400);
    expect((await fetch(`${baseUrl}/api/v1/collections/not-an-id`)).status).toBe(404);

    const kz = new HttpSession(baseUrl);
    await kz.signIn("librarian-kz@kitab.example", "kitab-demo-password");
    const foreign = await kz.request(`/api/v1/collections/${collection.id}/items`, send("PUT", { resources: [] }));
    expect(foreign.status).toBe(404);
    const student = new HttpSession(baseUrl);
    await student.signIn("student-uz@kitab.example", "kitab-demo-password");
    expect((await student.request("/api/v1/collections", send("POST", { library: "UZ", slug: `${slug}-x`, titleLang: "en", title: "x" }))).status).toBe(404);
    const after = (await (await librarian.request(`/api/v1/collections/${collection.id}`)).json()) as TCollection;
    expect(after.resources.map((r) => r.id)).toEqual([ids[1], ids[0]]);
  });
});
