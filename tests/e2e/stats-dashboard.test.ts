import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseCsv } from "@/lib/csv/parse-csv";
import { createDb } from "@/lib/server/database/create-db";
import { addDays } from "@/lib/stats/iso-date";
import { browserSignIn } from "../support/browser-sign-in";
import { HttpSession } from "../support/http-session";
import { openBrowser } from "../support/open-browser";

const baseUrl = inject("baseUrl");
const db = createDb(inject("appDatabaseUrl"));
let browser: Browser;

// February 2025: older than the retention window and marked as rolled up, so the worker's
// rollup job leaves these hand-made rows alone; and no other test has usage there.
const FROM = "2025-02-01";
const TO = "2025-02-28";
const DAYS = Array.from({ length: 28 }, (_, i) => addDays(FROM, i));
const date = (day: string) => new Date(`${day}T00:00:00Z`);
const today = new Date().toISOString().slice(0, 10);
// A day this year (when there is one three days back) for the public page's "downloads this year".
const THIS_YEAR_DAY = addDays(today, -3).slice(0, 4) === today.slice(0, 4) ? addDays(today, -3) : null;

type TSeeded = { id: string; downloads: number; views: number };
let seeded: TSeeded[] = [];

async function seedUsage() {
  const resources = await db.resource.findMany({ where: { isDemo: true, status: "PUBLISHED", library: { countryCode: "UZ" } }, orderBy: { sourceId: "asc" }, select: { id: true } });
  expect(resources.length).toBeGreaterThanOrEqual(2);
  const tuit = await db.institution.findUniqueOrThrow({ where: { slug: "tuit" } });
  const days = [...DAYS, ...(THIS_YEAR_DAY ? [THIS_YEAR_DAY] : [])];
  for (const table of [db.usageDailyByResource, db.usageDailyTotal, db.usageDailyByInstitution, db.usageDailyByCountry, db.searchDaily, db.zeroResultTermDaily] as { deleteMany: (a: object) => Promise<unknown> }[]) {
    await table.deleteMany({ where: { day: { in: days.map(date) } } });
  }
  await db.usageMonthlyByResource.deleteMany({ where: { month: date(FROM) } });
  await db.rollupDay.createMany({ data: days.map((day) => ({ day: date(day) })), skipDuplicates: true });

  const daily = DAYS.flatMap((day, d) =>
    resources.flatMap((r, i) => [
      { day, kind: "DOWNLOAD" as const, resourceId: r.id, total: (d + i) % 3, unique: (d + i) % 3 },
      { day, kind: "VIEW" as const, resourceId: r.id, total: 2 + ((d * (i + 1)) % 5), unique: 1 + ((d * (i + 1)) % 5) },
    ]),
  ).filter((r) => r.total > 0);
  await db.usageDailyByResource.createMany({ data: daily.map((r) => ({ ...r, day: date(r.day), libraryCountry: "UZ" })) });
  seeded = resources.map((r) => {
    const rows = daily.filter((x) => x.resourceId === r.id);
    const sum = (kind: string) => rows.filter((x) => x.kind === kind).reduce((s, x) => s + x.total, 0);
    return { id: r.id, downloads: sum("DOWNLOAD"), views: sum("VIEW") };
  });
  await db.usageMonthlyByResource.createMany({
    data: resources.flatMap((r) =>
      (["VIEW", "DOWNLOAD"] as const).map((kind) => {
        const rows = daily.filter((x) => x.resourceId === r.id && x.kind === kind);
        return { month: date(FROM), kind, libraryCountry: "UZ", resourceId: r.id, total: rows.reduce((s, x) => s + x.total, 0), unique: rows.reduce((s, x) => s + x.unique, 0) };
      }),
    ),
  });
  const totals = DAYS.flatMap((day) =>
    (["VIEW", "DOWNLOAD"] as const).map((kind) => {
      const rows = daily.filter((x) => x.day === day && x.kind === kind);
      return { day: date(day), kind, libraryCountry: "UZ", total: rows.reduce((s, x) => s + x.total, 0), unique: rows.reduce((s, x) => s + x.unique, 0) };
    }),
  ).filter((t) => t.total > 0);
  await db.usageDailyTotal.createMany({ data: totals });
  await db.usageDailyByInstitution.createMany({
    data: [
      { day: date("2025-02-03"), kind: "DOWNLOAD", libraryCountry: "UZ", institutionId: tuit.id, total: 12, unique: 9 },
      { day: date("2025-02-04"), kind: "VIEW", libraryCountry: "UZ", institutionId: "", total: 30, unique: 25 },
      ...(THIS_YEAR_DAY ? [{ day: date(THIS_YEAR_DAY), kind: "DOWNLOAD" as const, libraryCountry: "UZ", institutionId: tuit.id, total: 5, unique: 5 }] : []),
    ],
  });
  if (THIS_YEAR_DAY) await db.usageDailyTotal.create({ data: { day: date(THIS_YEAR_DAY), kind: "DOWNLOAD", libraryCountry: "UZ", total: 5, unique: 5 } });
  await db.usageDailyByCountry.createMany({ data: [{ day: date("2025-02-03"), kind: "DOWNLOAD", libraryCountry: "UZ", countryCode: "UZ", total: 12, unique: 9 }] });
  await db.searchDaily.createMany({ data: [{ day: date("2025-02-10"), countryCode: "UZ", searches: 40, zeroResults: 6 }] });
  await db.zeroResultTermDaily.createMany({ data: [{ day: date("2025-02-10"), term: 'fizika, "kvant"', count: 4 }, { day: date("2025-02-11"), term: "=1+2", count: 2 }] });
}

beforeAll(async () => {
  browser = await openBrowser();
  await seedUsage();
});
afterAll(async () => {
  await browser?.close();
  await db.$disconnect();
});

// A table's body as text, numbers without their thousands separators, as a CSV holds them.
async function tableRows(page: Page, name: string): Promise<string[][]> {
  return page.locator(`[data-table="${name}"] tbody tr`).evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll("th, td")].map((cell) => (cell.textContent ?? "").trim()).map((text) => (/^[\d,.]+$/.test(text) ? text.replaceAll(",", "") : text === "—" ? "" : text))),
  );
}

async function downloadCsv(page: Page, linkName: RegExp): Promise<{ name: string; rows: string[][]; raw: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).click()]);
  const raw = await readFile((await download.path())!, "utf8");
  return { name: download.suggestedFilename(), rows: parseCsv(raw), raw };
}

describe("the statistics dashboard", () => {
  it("lets a librarian pick a range and download CSVs that match the tables on screen", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await browserSignIn(page, baseUrl, "librarian-uz@kitab.example");
    await page.getByRole("link", { name: "Statistics" }).click();
    await page.waitForURL(/\/stats/);
    await expect(page.locator("h1").innerText()).resolves.toBe("Statistics: Uzbekistan library");
    await expect(page.getByTestId("stats-range").innerText()).resolves.toContain(`${addDays(today, -29)} to ${today}`);

    await page.getByLabel("From", { exact: true }).fill(FROM);
    await page.getByLabel("To", { exact: true }).fill(TO);
    await page.getByLabel("Show by", { exact: true }).selectOption("week");
    await Promise.all([page.waitForURL((url) => url.searchParams.get("from") === FROM), page.getByRole("button", { name: "Show" }).click()]);
    await expect(page.getByTestId("stats-range").innerText()).resolves.toBe(`${FROM} to ${TO} (UTC days), by week`);
    await expect(page.getByLabel("From", { exact: true }).inputValue()).resolves.toBe(FROM);

    // Top resources: what the table shows is what the CSV holds, and both are the seeded sums.
    const shown = await tableRows(page, "top-resources");
    expect(shown).toHaveLength(seeded.length);
    const top = await downloadCsv(page, /Download CSV of top 20 resources/);
    expect(top.name).toBe(`kitab-top-resources-UZ-${FROM}-${TO}.csv`);
    expect(top.raw.charCodeAt(0)).toBe(0xfeff);
    expect(top.rows[0]).toEqual(["Resource", "Library", "Downloads", "Unique downloads", "Views", "Unique views"]);
    expect(top.rows.slice(1)).toEqual(shown);
    const byDownloads = [...seeded].sort((a, b) => b.downloads - a.downloads || (a.id < b.id ? -1 : 1));
    expect(top.rows.slice(1).map((r) => [Number(r[2]), Number(r[4])])).toEqual(byDownloads.map((s) => [s.downloads, s.views]));
    expect(shown.map((r) => r[0])).toContain("Algorithms and data structures");
    const headline = await page.getByTestId("stats-headline").innerText();
    expect(headline).toContain(String(seeded.reduce((s, r) => s + r.downloads, 0)));

    // The weekly series, in its "Show as a table" view, and its CSV.
    await page.locator("#stats-usage ~ figure summary").click();
    const weeks = await tableRows(page, "usage");
    expect(weeks.map((w) => w[0])).toEqual(["2025-01-27", "2025-02-03", "2025-02-10", "2025-02-17", "2025-02-24"]);
    const usage = await downloadCsv(page, /Download CSV of views and downloads by week/);
    expect(usage.rows.slice(1)).toEqual(weeks);

    // Zero-result terms: quoted as RFC 4180 says, a formula defused.
    const terms = await downloadCsv(page, /Download CSV of most frequent searches that found nothing/);
    expect(terms.raw).toContain('"fizika, ""kvant""",4\r\n');
    expect(terms.rows.slice(1).map((r) => r[0])).toContain("'=1+2");

    // Every chart is one image with a name and a description, beside its table.
    const charts = page.locator('.stats-svg svg[role="img"]');
    expect(await charts.count()).toBe(4);
    for (const chart of await charts.all()) {
      expect(await chart.getAttribute("aria-label")).toBeTruthy();
      const described = await chart.getAttribute("aria-describedby");
      await expect(page.locator(`#${described}`).innerText()).resolves.toMatch(/chart/i);
    }
    await page.screenshot({ path: "tests/e2e/__screenshots__/stats-dashboard.png", fullPage: true });

    // A librarian cannot reach another library's dashboard, nor its CSV.
    expect((await page.goto(`${baseUrl}/stats?library=KZ`))?.status()).toBe(404);
    expect((await page.request.get(`${baseUrl}/stats/export?table=usage&library=KZ`)).status()).toBe(404);
    await context.close();
  });
});

describe("GET /api/v1/stats", () => {
  it("answers a library's librarian, refuses other libraries, the network and visitors", async () => {
    const librarian = new HttpSession(baseUrl);
    await librarian.signIn("librarian-uz@kitab.example", "kitab-demo-password");
    const response = await librarian.request(`/api/v1/stats?library=uz&from=${FROM}&to=${TO}&granularity=month`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { scope: string; totals: { downloads: number }; usageOverTime: { period: string }[]; resources: { id: string; downloads: number; views: number }[] };
    expect(body.scope).toBe("UZ");
    expect(body.usageOverTime.map((p) => p.period)).toEqual(["2025-02-01"]);
    expect(body.totals.downloads).toBe(seeded.reduce((s, r) => s + r.downloads, 0));
    expect(body.resources.map((r) => ({ id: r.id, downloads: r.downloads, views: r.views })).sort((a, b) => a.id.localeCompare(b.id))).toEqual([...seeded].sort((a, b) => a.id.localeCompare(b.id)));
    expect(JSON.stringify(body)).not.toMatch(/@kitab\.example|objectKey|uploader/);

    expect((await librarian.request(`/api/v1/stats?library=KZ&from=${FROM}&to=${TO}`)).status).toBe(404);
    expect((await librarian.request(`/api/v1/stats?from=${FROM}&to=${TO}`)).status).toBe(403);
    const bad = await librarian.request(`/api/v1/stats?library=UZ&from=2025-02-30`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toBe("from is a date as YYYY-MM-DD.");
    expect((await librarian.request(`/api/v1/stats?library=UZ&from=2020-01-01&to=${TO}`)).status).toBe(400);
    expect((await fetch(`${baseUrl}/api/v1/stats?library=UZ`)).status).toBe(401);

    const admin = new HttpSession(baseUrl);
    await admin.signIn("admin@kitab.example", "kitab-demo-password");
    const network = await admin.request(`/api/v1/stats?from=${FROM}&to=${TO}`);
    expect(network.status).toBe(200);
    expect(((await network.json()) as { scope: string }).scope).toBe("network");
  });
});

describe("a library's public page", () => {
  it("shows the library, its headline numbers and where to go next; an unknown one is 404", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(baseUrl);
    await Promise.all([page.waitForURL(/\/libraries\/UZ$/), page.locator('.library-card[data-country="UZ"] h2 a').click()]);
    await expect(page.locator("h1").innerText()).resolves.toContain("Kitab Library of Uzbekistan");
    await expect(page.locator(".host").innerText()).resolves.toContain("Tashkent University of Information Technologies");
    const numbers = await page.getByTestId("library-numbers").innerText();
    expect(numbers).toMatch(/Published resources\s+\d+/);
    expect(numbers).toContain(`Downloads in ${today.slice(0, 4)}`);
    if (THIS_YEAR_DAY) {
      const downloads = Number(/Downloads in \d{4}\s+([\d,]+)/.exec(numbers)![1]!.replaceAll(",", ""));
      expect(downloads).toBeGreaterThanOrEqual(5);
      expect(numbers).toMatch(/Institutions served in \d{4}\s+[1-9]/);
    }
    await expect(page.getByRole("link", { name: "Search this library" }).getAttribute("href")).resolves.toBe("/search?library=UZ");
    await expect(page.getByRole("link", { name: "Atom feed of new resources" }).getAttribute("href")).resolves.toBe("/feeds/libraries/UZ.atom");
    expect((await page.goto(`${baseUrl}/libraries/XX`))?.status()).toBe(404);
    await page.context().close();
  });
});
