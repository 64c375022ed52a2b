import { mkdir } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "@/lib/server/database/create-db";
import { browserSignIn } from "../support/browser-sign-in";
import { openBrowser } from "../support/open-browser";

const baseUrl = inject("baseUrl");
const db = createDb(inject("appDatabaseUrl"));
let browser: Browser;
let kzDraftId = "";

beforeAll(async () => {
  browser = await openBrowser();
  // A KZ contributor's submission, waiting for a KZ librarian.
  const library = await db.library.findUniqueOrThrow({ where: { countryCode: "KZ" } });
  const contributor = await db.user.findUniqueOrThrow({ where: { email: "contributor-kz@kitab.example" } });
  const resource = await db.resource.create({
    data: {
      libraryId: library.id,
      institutionId: contributor.institutionId!,
      uploaderId: contributor.id,
      status: "SUBMITTED",
      title: { kk: "Жасанды интеллект негіздері", en: "Foundations of artificial intelligence" },
      license: "https://creativecommons.org/licenses/by/4.0/",
    },
  });
  kzDraftId = resource.id;
});

afterAll(async () => {
  await browser?.close();
  await db.$disconnect();
});

describe("one library's staff cannot touch another's", () => {
  it("a UZ librarian can neither see nor approve a KZ submission by any route, even with its id", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await browserSignIn(page, baseUrl, "librarian-uz@kitab.example");
    await expect(page.locator(".account-nav").innerText()).resolves.toContain("(librarian)");

    const resourcePage = await page.goto(`${baseUrl}/resources/${kzDraftId}`);
    expect(resourcePage?.status()).toBe(404);
    await expect(page.locator("h1").innerText()).resolves.toBe("Not found");
    await mkdir("tests/e2e/__screenshots__", { recursive: true });
    await page.screenshot({ path: "tests/e2e/__screenshots__/uz-librarian-kz-draft.png" });

    const api = await page.request.get(`${baseUrl}/api/v1/resources/${kzDraftId}`);
    expect(api.status()).toBe(404);
    const publish = await page.request.post(`${baseUrl}/api/v1/resources/${kzDraftId}/publish`, { headers: { origin: baseUrl } });
    expect(publish.status()).toBe(404);
    for (const action of ["request-changes", "reject", "withdraw"]) {
      const review = await page.request.post(`${baseUrl}/api/v1/resources/${kzDraftId}/${action}`, { headers: { origin: baseUrl }, data: { reason: "not mine" } });
      expect(review.status()).toBe(404);
    }
    const edit = await page.request.patch(`${baseUrl}/api/v1/resources/${kzDraftId}`, { headers: { origin: baseUrl }, data: { version: 1, title: { en: "Hijacked" } } });
    expect(edit.status()).toBe(404);
    expect((await page.goto(`${baseUrl}/resources/${kzDraftId}/files`))?.status()).toBe(404);
    expect((await db.resource.findUniqueOrThrow({ where: { id: kzDraftId } })).status).toBe("SUBMITTED");

    await page.goto(`${baseUrl}/admin/users?q=kitab.example`);
    const emails = await page.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-email")));
    expect(emails).toContain("contributor-uz@kitab.example");
    expect(emails).not.toContain("contributor-kz@kitab.example");
    await page.goto(`${baseUrl}/admin/institutions`);
    const slugs = await page.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-slug")));
    expect(slugs).toContain("tuit");
    expect(slugs).not.toContain("enu");
    await context.close();
  });

  it("the KZ librarian sees the submission and publishes it", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await browserSignIn(page, baseUrl, "librarian-kz@kitab.example");
    await page.goto(`${baseUrl}/resources/${kzDraftId}`);
    await expect(page.getByTestId("status").innerText()).resolves.toContain("submitted");
    const publish = await page.request.post(`${baseUrl}/api/v1/resources/${kzDraftId}/publish`, {
      headers: { origin: baseUrl, "content-type": "application/json" },
      data: { version: 1 },
    });
    expect(publish.status()).toBe(200);
    expect(await publish.json()).toMatchObject({ id: kzDraftId, status: "PUBLISHED", library: "KZ", version: 2 });
    // Now public: anyone may read it.
    expect((await fetch(`${baseUrl}/api/v1/resources/${kzDraftId}`)).status).toBe(200);
    await context.close();
  });
});
