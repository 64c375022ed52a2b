import { describe, expect, inject, it } from "vitest";
import { HttpSession } from "../support/http-session";

const baseUrl = inject("baseUrl");

// Hostile or broken requests get a 4xx with a message, never a 500.
describe("bad input over HTTP", () => {
  it("an overlong email or password at sign-in is simply a failed sign-in", async () => {
    const session = new HttpSession(baseUrl, { "x-forwarded-for": "192.0.2.30" });
    for (const [email, password] of [
      ["a".repeat(100_000), "x"],
      ["student-uz@kitab.example", "p".repeat(100_000)],
      ["\u0000\u202e@kitab.example", "x"],
    ]) {
      const response = await session.signIn(email!, password!);
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toContain("error=");
    }
  });

  it.each(["not-a-uuid", "00000000-0000-7000-8000-000000000000", "%27%3B%20DROP%20TABLE%20%22User%22", "x".repeat(3000)])(
    "GET /api/v1/resources/%s is 404 with a message",
    async (id) => {
      const response = await fetch(`${baseUrl}/api/v1/resources/${id}`);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: "NOT_FOUND", message: expect.any(String) } });
    },
  );

  it("a resource page for a tampered id is the 404 page", async () => {
    const response = await fetch(`${baseUrl}/resources/..%2F..%2Fetc%2Fpasswd`);
    expect(response.status).toBe(404);
  });

  it("publishing needs a session (401), our own origin (403) and a JSON body (400)", async () => {
    const id = "00000000-0000-7000-8000-000000000000";
    const anonymous = await fetch(`${baseUrl}/api/v1/resources/${id}/publish`, { method: "POST", headers: { origin: baseUrl } });
    expect(anonymous.status).toBe(401);
    const librarian = new HttpSession(baseUrl);
    await librarian.signIn("librarian-uz@kitab.example", "kitab-demo-password");
    const crossSite = await librarian.request(`/api/v1/resources/${id}/publish`, { method: "POST", headers: { origin: "https://evil.example" } });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
    const noOrigin = await librarian.request(`/api/v1/resources/${id}/publish`, { method: "POST" });
    expect(noOrigin.status).toBe(403);
    const broken = await librarian.request(`/api/v1/resources/${id}/publish`, { method: "POST", headers: { origin: baseUrl, "content-type": "application/json" }, body: "{not json" });
    expect(broken.status).toBe(400);
    const wrongShape = await librarian.request(`/api/v1/resources/${id}/publish`, { method: "POST", headers: { origin: baseUrl }, body: JSON.stringify({ status: "PUBLISHED" }) });
    expect(wrongShape.status).toBe(422);
    const missing = await librarian.request(`/api/v1/resources/${id}/publish`, { method: "POST", headers: { origin: baseUrl } });
    expect(missing.status).toBe(404);
  });

  it("a student reaching for staff pages sees 404; anonymous visitors are sent to sign in", async () => {
    const anonymous = await fetch(`${baseUrl}/admin/users`, { redirect: "manual" });
    expect(anonymous.status).toBe(307);
    expect(anonymous.headers.get("location")).toContain("/signin?callbackUrl=%2Fadmin%2Fusers");
    const student = new HttpSession(baseUrl);
    await student.signIn("student-uz@kitab.example", "kitab-demo-password");
    expect((await student.request("/admin/users")).status).toBe(404);
    expect((await student.request("/admin/libraries")).status).toBe(404);
    const librarian = new HttpSession(baseUrl);
    await librarian.signIn("librarian-kz@kitab.example", "kitab-demo-password");
    expect((await librarian.request("/admin/libraries")).status).toBe(404);
    expect((await librarian.request(`/admin/users?q=${"x".repeat(10_000)}&page=-5&country=%00`)).status).toBe(200);
    expect((await librarian.request("/admin/institutions/not-a-uuid")).status).toBe(404);
  });
});
