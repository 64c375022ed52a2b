import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "@/lib/server/database/create-db";
import { browserSignIn } from "../support/browser-sign-in";
import { openBrowser } from "../support/open-browser";

const baseUrl = inject("baseUrl");
const db = createDb(inject("appDatabaseUrl"));
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await db.$disconnect();
});

const signedIn = async (email: string, javaScriptEnabled = true) => {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await browserSignIn(page, baseUrl, email);
  return page;
};

async function newDraft(page: Page, title: string): Promise<string> {
  await page.goto(`${baseUrl}/resources/new`);
  await page.getByLabel("Title · English").fill(title);
  await Promise.all([page.waitForURL(/\/resources\/[0-9a-f-]{36}\/edit$/), page.getByRole("button", { name: "Create draft" }).click()]);
  return /resources\/([0-9a-f-]{36})\/edit/.exec(page.url())![1]!;
}

// What a saved draft looks like in the database, to show a refused form changed nothing.
const snapshot = (id: string) => db.resource.findUniqueOrThrow({ where: { id }, select: { version: true, title: true, description: true, year: true, license: true, updatedAt: true } });

// Each form refuses bad values with a message at the field, in the browser (the same zod
// schema as the server) and, without JavaScript, on the server; nothing is half-written.
describe("bad input to the resource forms", () => {
  it("with JavaScript the edit form checks in the browser, says why at the field, and sends nothing", async () => {
    const page = await signedIn("contributor-uz@kitab.example");
    const id = await newDraft(page, "Checked in the browser");
    const before = await snapshot(id);
    let posts = 0;
    page.on("request", (request) => void (request.method() === "POST" && posts++));

    await page.getByLabel("Year").fill("3000");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.locator("#year-error").innerText()).resolves.toMatch(/cannot be after/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("year");
    await expect(page.getByLabel("Year").getAttribute("aria-invalid")).resolves.toBe("true");

    await page.getByLabel("Year").fill("2024");
    await page.locator("#title-en").fill("");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.locator("#title-error").innerText()).resolves.toMatch(/title/i);
    await expect(page.locator("#year-error").count()).resolves.toBe(0);

    await page.locator("#title-en").fill("Checked in the browser");
    await page.getByLabel("Authors, one per line").fill("Someone | 1234");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.locator("#authors-error").innerText()).resolves.toContain("ORCID");

    // A licence that is not on the list (a tampered page) meets the same check.
    await page.getByLabel("Authors, one per line").fill("Someone");
    await page.locator("#license").evaluate((select: HTMLSelectElement) => {
      select.add(new Option("GPL", "GPL-3.0"));
      select.value = "GPL-3.0";
    });
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.locator("#license-error").innerText()).resolves.toMatch(/CC BY/);

    expect(posts).toBe(0);
    expect(await snapshot(id)).toEqual(before);

    await page.getByLabel("Licence").selectOption({ label: "CC BY 4.0" });
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    expect((await snapshot(id)).license).toBe("https://creativecommons.org/licenses/by/4.0/");
  });

  it("without JavaScript the server refuses the same values and keeps what was typed", async () => {
    const page = await signedIn("contributor-uz@kitab.example", false);
    const id = await newDraft(page, "Checked on the server");
    const before = await snapshot(id);

    await page.getByLabel("Year").fill("3000");
    await page.getByLabel("Keywords").fill("kept, after, errors");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.waitForLoadState();
    await expect(page.locator("#year-error").innerText()).resolves.toMatch(/cannot be after/);
    await expect(page.getByRole("alert").first().innerText()).resolves.toContain("Please correct the marked fields.");
    await expect(page.getByLabel("Keywords").inputValue()).resolves.toBe("kept, after, errors");
    await expect(page.getByLabel("Year").inputValue()).resolves.toBe("3000");
    expect(await snapshot(id)).toEqual(before);

    // A 1 MB description is refused with a message, not an error page, and not stored.
    await page.locator("#description-en").evaluate((area: HTMLTextAreaElement) => {
      area.removeAttribute("maxlength");
      area.value = "д".repeat(500_000);
    });
    await page.getByLabel("Year").fill("2024");
    const response = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Save", exact: true }).click()]).then(([r]) => r);
    expect(response.status()).toBeLessThan(500);
    await page.waitForLoadState();
    await expect(page.locator("main").innerText()).resolves.toContain("Use at most 20,000 characters.");
    expect(await snapshot(id)).toEqual(before);
  });

  it("a new resource without any title is refused and no draft is created", async () => {
    const page = await signedIn("contributor-uz@kitab.example");
    const owner = await db.user.findUniqueOrThrow({ where: { email: "contributor-uz@kitab.example" } });
    const count = () => db.resource.count({ where: { uploaderId: owner.id } });
    const before = await count();
    await page.goto(`${baseUrl}/resources/new`);
    await page.getByLabel("Title · English").fill("   ");
    await page.getByRole("button", { name: "Create draft" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /title/i }).innerText()).resolves.toContain("Title: Give a title in at least one language.");
    expect(await count()).toBe(before);
  });
});
