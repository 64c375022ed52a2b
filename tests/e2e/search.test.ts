import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "@/lib/server/database/create-db";
import { openBrowser } from "../support/open-browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser?.close());

// The student's search, in Chromium with JavaScript off: everything is links and GET forms.
describe("the search page", () => {
  it("finds across scripts, filters by facet links, keeps filters in the address, and opens a resource", async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false, locale: "ru-RU" })).newPage();
    await page.goto(baseUrl);
    await page.locator("#q-main").fill("iqtisodiyot nazariyasi"); // Latin for a title in Uzbek Cyrillic
    await Promise.all([page.waitForURL(/\/search\?q=/), page.locator("#q-main").press("Enter")]);
    const first = page.locator(".results li").first();
    await expect(first.locator("h2").innerText()).resolves.toBe("Экономическая теория"); // the viewer's language first
    await page.screenshot({ path: "tests/e2e/__screenshots__/search.png", fullPage: true });

    await page.goto(`${baseUrl}/search?q=${encodeURIComponent("казак тарихы")}`); // Kazakh on a Russian keyboard
    await expect(page.locator(".results li h2").allInnerTexts()).resolves.toContain("История Казахстана");
    await page.locator("nav.facets") /* the page is in Russian: Accept-Language ru */.getByRole("link", { name: /Kazakhstan|Казахстан|Қазақстан/ }).first().click();
    expect(new URL(page.url()).searchParams.get("library")).toBe("KZ");
    await expect(page.locator(".results li").count()).resolves.toBeGreaterThan(0);
    await page.locator(".results li h2 a").first().click();
    await page.waitForURL(/\/resources\/[0-9a-f-]{36}$/);
  });

  it("corrects a typo, and has an empty state that suggests what to try", async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${baseUrl}/search?q=${encodeURIComponent("матиматика")}`);
    await expect(page.getByTestId("did-you-mean").innerText()).resolves.toContain("математика");
    await expect(page.locator(".results li").count()).resolves.toBeGreaterThan(0);
    await page.goto(`${baseUrl}/search?q=zzxxqqww&library=UZ`);
    const empty = await page.getByTestId("empty-state").innerText();
    expect(empty).toContain("Nothing found");
    await page.getByRole("link", { name: "search again without the filters" }).click();
    expect(new URL(page.url()).searchParams.get("library")).toBeNull();
  });

  it("records searches, zero-result ones included, without who searched", async () => {
    await fetch(`${baseUrl}/api/v1/search?q=nonexistentword${Date.now()}`);
    const db = createDb(inject("appDatabaseUrl"));
    const last = await db.searchLog.findFirst({ orderBy: { createdAt: "desc" }, where: { query: { startsWith: "nonexistentword" } } });
    await db.$disconnect();
    expect(last).toMatchObject({ resultCount: 0, countryCode: null });
  });
});

describe("GET /api/v1/search", () => {
  it("answers items, facets and totals through the public schema", async () => {
    const response = await fetch(`${baseUrl}/api/v1/search?q=${encodeURIComponent("алгоритм")}&page_size=5`, { headers: { "accept-language": "uz-Latn" } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { total: number; items: { title: { text: string; highlights: [number, number][] }; institution: { slug: string } }[]; facets: Record<string, unknown[]> };
    expect(body.total).toBeGreaterThan(0);
    expect(body.items[0]!.title.text).toBe("Algoritmlar va ma'lumotlar tuzilmalari");
    expect(body.items[0]!.title.highlights).toEqual([[0, 11]]);
    expect(Object.keys(body.facets).sort()).toEqual(["institution", "language", "level", "library", "license", "subject", "type"]);
    expect(JSON.stringify(body)).not.toMatch(/objectKey|uploader|passwordHash/);
  });

  it.each([
    ["x".repeat(10_000), 400],
    ["!!!???", 200],
    ["' OR 1=1; DROP TABLE \"Resource\"; --", 200],
    ["a:* & !b | (c", 200],
    ["\"unbalanced", 200],
    ["nul\u0000byte", 200],
  ])("q=%s answers %i with JSON", async (q, status) => {
    const response = await fetch(`${baseUrl}/api/v1/search?q=${encodeURIComponent(q.slice(0, 10_000))}`);
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error?: { message: string }; total?: number };
    if (status === 400) expect(body.error!.message).toContain("at most 500");
    else expect(body.total).toBeGreaterThanOrEqual(0);
  });

  it.each(["page_size=1000", "library=Uzbekistan", "type=novel", "year_from=abc", "page=0", "collection=xyz", "page=500"])("%s is a 400 with a message", async (query) => {
    const response = await fetch(`${baseUrl}/api/v1/search?q=x&${query}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message.length).toBeGreaterThan(5);
  });
});
