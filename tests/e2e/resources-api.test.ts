import { describe, expect, inject, it } from "vitest";
import { HttpSession } from "../support/http-session";

const baseUrl = inject("baseUrl");
const json = (body: unknown) => ({ method: "POST", headers: { origin: baseUrl, "content-type": "application/json" }, body: JSON.stringify(body) });

// The catalogue's JSON API, used with a browser session (same-origin requests).
describe("resources over the JSON API", () => {
  it("creates a draft, edits it, submits it; the librarian requests changes, then publishes", async () => {
    const contributor = new HttpSession(baseUrl);
    await contributor.signIn("contributor-uz@kitab.example", "kitab-demo-password");
    const created = await contributor.request("/api/v1/resources", json({ library: "UZ", title: { "uz-Latn": "Fizika asoslari", ru: "Основы физики" } }));
    expect(created.status).toBe(201);
    const draft = (await created.json()) as { id: string; status: string; version: number; institution: string };
    expect(draft).toMatchObject({ status: "DRAFT", version: 1, institution: "tuit" });

    const incomplete = await contributor.request(`/api/v1/resources/${draft.id}/submit`, json({}));
    expect(incomplete.status).toBe(422);
    expect(((await incomplete.json()) as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors).toHaveProperty("license");

    const patch = await contributor.request(`/api/v1/resources/${draft.id}`, {
      ...json({ version: 1, description: { "uz-Latn": "Birinchi kurs uchun darslik." }, authors: [{ name: "Demo Author" }], subjects: ["0533"], languages: ["uz-Latn"], level: "bachelor", type: "textbook", license: "CC BY 4.0", year: 2025 }),
      method: "PATCH",
    });
    expect(patch.status).toBe(200);
    expect(await patch.json()).toMatchObject({ version: 2, license: "https://creativecommons.org/licenses/by/4.0/", level: "bachelor", type: "textbook", subjects: ["0533"] });
    const stale = await contributor.request(`/api/v1/resources/${draft.id}`, { ...json({ version: 1, year: 2000 }), method: "PATCH" });
    expect(stale.status).toBe(409);
    expect((await contributor.request(`/api/v1/resources/${draft.id}/submit`, json({ version: 2 }))).status).toBe(200);

    const librarian = new HttpSession(baseUrl);
    await librarian.signIn("librarian-uz@kitab.example", "kitab-demo-password");
    const noReason = await librarian.request(`/api/v1/resources/${draft.id}/request-changes`, json({}));
    expect(noReason.status).toBe(422);
    expect((await librarian.request(`/api/v1/resources/${draft.id}/request-changes`, json({ reason: "Add a Russian description." }))).status).toBe(200);
    expect((await contributor.request(`/api/v1/resources/${draft.id}/submit`, json({}))).status).toBe(200);
    const published = await librarian.request(`/api/v1/resources/${draft.id}/publish`, json({}));
    expect(await published.json()).toMatchObject({ status: "PUBLISHED" });
    expect((await fetch(`${baseUrl}/api/v1/resources/${draft.id}`)).status).toBe(200);
  });

  it("answers bad requests with 4xx and a message", async () => {
    const contributor = new HttpSession(baseUrl);
    await contributor.signIn("contributor-kz@kitab.example", "kitab-demo-password");
    const cases: [unknown, number][] = [
      [{ library: "KZ" }, 422],
      [{ library: "KZ", title: { ru: "" } }, 422],
      [{ library: "KZ", title: { ru: "x" }, year: 3000 }, 422],
      [{ library: "KZ", title: { ru: "x" }, license: "All rights reserved" }, 422],
      [{ library: "KZ", title: { ru: "x" }, description: { ru: "x".repeat(900_000) } }, 422],
      [{ library: "UZ", title: { ru: "x" } }, 403],
      [{ library: "KZ", title: { ru: "x" }, status: "PUBLISHED" }, 422],
    ];
    for (const [body, status] of cases) {
      const response = await contributor.request("/api/v1/resources", json(body));
      expect({ body: JSON.stringify(body).slice(0, 60), status: response.status }).toEqual({ body: JSON.stringify(body).slice(0, 60), status });
      expect(((await response.json()) as { error: { message: string } }).error.message.length).toBeGreaterThan(3);
    }
    expect((await contributor.request("/api/v1/resources", { ...json({}), body: "{oops" })).status).toBe(400);
    expect((await contributor.request("/api/v1/resources", { ...json({}), body: "x".repeat(1_100_000) })).status).toBe(413);
    expect((await contributor.request("/api/v1/resources/not-an-id/frobnicate", json({}))).status).toBe(404);
  });
});
