import { mkdir } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser } from "../support/open-browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser?.close());

describe("home page", () => {
  it("shows the five country libraries with hosts and resource counts", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const response = await page.goto(baseUrl);
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toMatch(/Kitab/);
    const cards = page.locator(".library-card");
    expect(await cards.count()).toBe(5);
    expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute("data-country")))).toEqual(["KG", "KZ", "TJ", "TM", "UZ"]);
    const uz = page.locator('.library-card[data-country="UZ"]');
    await expect(uz.locator("h2").innerText()).resolves.toContain("Uzbekistan");
    await expect(uz.locator(".host").innerText()).resolves.toContain("Tashkent University of Information Technologies");
    await expect(page.locator('.library-card[data-country="TM"] .host').innerText()).resolves.toBe("No host institution designated yet");
    // Demo resources are published in Uzbekistan, so its count is a real number above zero.
    expect(Number(await uz.getByTestId("resource-count").innerText())).toBeGreaterThan(0);
    await mkdir("tests/e2e/__screenshots__", { recursive: true });
    await page.screenshot({ path: "tests/e2e/__screenshots__/home.png", fullPage: true });
    await context.close();
  });

  it("needs no JavaScript and no outside assets", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(baseUrl) && !request.url().startsWith("data:")) foreign.push(request.url());
    });
    await page.goto(baseUrl);
    expect(await page.locator(".library-card").count()).toBe(5);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it("answers health, readiness and the libraries API over HTTP", async () => {
    const health = await fetch(`${baseUrl}/api/health`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${baseUrl}/api/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ok", database: "ok", storage: "ok", queue: "ok" });
    const libraries = (await (await fetch(`${baseUrl}/api/v1/libraries`)).json()) as { items: { country: string }[] };
    expect(libraries.items.map((l) => l.country)).toEqual(["KG", "KZ", "TJ", "TM", "UZ"]);
  });
});
