import { createHash } from "node:crypto";
import { mkdir } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "@/lib/server/database/create-db";
import { browserSignIn } from "../support/browser-sign-in";
import { openBrowser } from "../support/open-browser";

const baseUrl = inject("baseUrl");
const db = createDb(inject("appDatabaseUrl"));
let browser: Browser;
let resourceId = "";

beforeAll(async () => {
  browser = await openBrowser();
  const contributor = await db.user.findUniqueOrThrow({ where: { email: "contributor-uz@kitab.example" } });
  const library = await db.library.findUniqueOrThrow({ where: { countryCode: "UZ" } });
  resourceId = (
    await db.resource.create({
      data: { libraryId: library.id, institutionId: contributor.institutionId!, uploaderId: contributor.id, title: { "uz-Latn": "Elektr zanjirlari" } },
    })
  ).id;
});

afterAll(async () => {
  await browser?.close();
  await db.$disconnect();
});

describe("uploading with Uppy's dashboard", () => {
  it("a contributor drops a file on the upload page and it appears, downloadable, with its Cyrillic name", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await browserSignIn(page, baseUrl, "contributor-uz@kitab.example");
    await page.goto(`${baseUrl}/resources/${resourceId}/files`);
    const content = Buffer.from("Электр занжирлари бўйича амалий машғулот.\n".repeat(2000));
    await page.locator(".uppy-Dashboard-input").first().setInputFiles({ name: "Амалий машғулот 1.txt", mimeType: "text/plain", buffer: content });
    await page.getByRole("button", { name: /Upload 1 file/i }).click();
    await page.locator(".uppy-StatusBar.is-complete").waitFor({ timeout: 30_000 });
    const link = page.locator(".file-list a", { hasText: "Амалий машғулот 1.txt" });
    await link.waitFor({ timeout: 15_000 });
    await mkdir("tests/e2e/__screenshots__", { recursive: true });
    await page.screenshot({ path: "tests/e2e/__screenshots__/upload.png", fullPage: true });

    const download = await page.request.get(`${baseUrl}${await link.getAttribute("href")}`);
    expect(download.status()).toBe(200);
    const body = await download.body();
    expect(createHash("sha256").update(body).digest("hex")).toBe(createHash("sha256").update(content).digest("hex"));
    const disposition = download.headers()["content-disposition"]!;
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe("Амалий машғулот 1.txt");

    // A corrected version replaces it; the first stays downloadable as an earlier version.
    await page.reload();
    await page.getByLabel("The next upload").selectOption({ label: "replaces Амалий машғулот 1.txt (which stays available as an earlier version)" });
    await page.locator(".uppy-Dashboard-input").first().setInputFiles({ name: "Амалий машғулот 1 (тузатилган).txt", mimeType: "text/plain", buffer: Buffer.from("Тузатилган матн.\n".repeat(100)) });
    await page.getByRole("button", { name: /Upload 1 file/i }).click();
    await page.locator(".file-list a", { hasText: "тузатилган" }).first().waitFor({ timeout: 15_000 });
    await page.goto(`${baseUrl}/resources/${resourceId}`);
    await expect(page.getByTestId("earlier-versions").locator("summary").innerText()).resolves.toBe("Earlier versions (1)");
    await context.close();
  });

  it("shows the upload page to nobody else", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await browserSignIn(page, baseUrl, "contributor-kz@kitab.example");
    expect((await page.goto(`${baseUrl}/resources/${resourceId}/files`))?.status()).toBe(404);
    await context.close();
  });
});
