import { afterAll, describe, expect, inject, it } from "vitest";
import { createDb } from "@/lib/server/database/create-db";
import { BROWSER_USER_AGENT } from "../support/browser-user-agent";
import { HttpSession } from "../support/http-session";
import { until } from "../support/until";

const baseUrl = inject("baseUrl");
const db = createDb(inject("appDatabaseUrl"));
const send = (body: unknown) => ({ method: "POST", headers: { origin: baseUrl, "content-type": "application/json" }, body: JSON.stringify(body) });
afterAll(() => db.$disconnect());

// A published resource's page, once rendered for a person, is a view (recorded after the
// response has gone out); drafts, robots and prefetches are not.
describe("resource page views", () => {
  it("counts people's views of published resources only", async () => {
    const librarian = new HttpSession(baseUrl, { "user-agent": BROWSER_USER_AGENT });
    await librarian.signIn("librarian-uz@kitab.example", "kitab-demo-password");
    const created = await librarian.request(
      "/api/v1/resources",
      send({ library: "UZ", title: { "uz-Latn": "Koʻrishlar hisobi" }, description: { "uz-Latn": "Statistika sinovi." }, authors: [{ name: "Demo Author" }], subjects: ["0541"], languages: ["uz-Latn"], level: "bachelor", type: "textbook", license: "CC BY 4.0", year: 2025 }),
    );
    const { id } = (await created.json()) as { id: string };
    const page = `/resources/${id}`;
    const views = () => db.usageEvent.findMany({ where: { resourceId: id, kind: "VIEW" }, select: { libraryCountry: true, countryCode: true } });

    expect((await librarian.request(page)).status).toBe(200); // a draft: not use yet
    expect((await librarian.request(`/api/v1/resources/${id}/submit`, send({}))).status).toBe(200);
    expect((await librarian.request(`/api/v1/resources/${id}/publish`, send({}))).status).toBe(200);

    expect((await fetch(`${baseUrl}${page}`)).status).toBe(200); // Node's fetch: a robot
    expect((await fetch(`${baseUrl}${page}`, { headers: { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" } })).status).toBe(200);
    await fetch(`${baseUrl}${page}`, { headers: { "user-agent": BROWSER_USER_AGENT, rsc: "1", "next-router-prefetch": "1" } });
    expect((await fetch(`${baseUrl}${page}`, { headers: { "user-agent": BROWSER_USER_AGENT } })).status).toBe(200);
    expect((await librarian.request(page)).status).toBe(200);

    await until(async () => (await views()).length >= 2, 15);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // anything late would show by now
    // The anonymous visitor's, and the librarian's with their country (in either order: each is written after its own response).
    expect((await views()).map((v) => `${v.libraryCountry}:${v.countryCode ?? ""}`).sort()).toEqual(["UZ:", "UZ:UZ"]);
  });
});
