import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "@/lib/server/database/create-db";
import { browserSignIn } from "../support/browser-sign-in";
import { HttpSession } from "../support/http-session";
import { openBrowser } from "../support/open-browser";

const baseUrl = inject("baseUrl");
const db = createDb(inject("appDatabaseUrl"));
const send = (body: unknown) => ({ method: "POST", headers: { origin: baseUrl, "content-type": "application/json" }, body: JSON.stringify(body) });
let browser: Browser;
let publishedId = "";
let draftId = "";

beforeAll(async () => {
  browser = await openBrowser();
  const published = await db.resource.findFirstOrThrow({ where: { isDemo: true, status: "PUBLISHED", visibility: "PUBLIC" }, orderBy: { sourceId: "asc" }, select: { id: true } });
  publishedId = published.id;
  // A contributor's submission, so the review queue has a row to check.
  const contributor = new HttpSession(baseUrl);
  await contributor.signIn("contributor-uz@kitab.example", "kitab-demo-password");
  const created = await contributor.request(
    "/api/v1/resources",
    send({ library: "UZ", title: { en: "Accessible circuits" }, description: { en: "Lecture notes." }, authors: [{ name: "Demo Author" }], subjects: ["0714"], languages: ["en"], level: "bachelor", type: "textbook", license: "CC BY 4.0", year: 2024 }),
  );
  expect(created.status).toBe(201);
  draftId = ((await created.json()) as { id: string }).id;
  expect((await contributor.request(`/api/v1/resources/${draftId}/submit`, send({}))).status).toBe(200);
});

afterAll(async () => {
  await browser?.close();
  await db.$disconnect();
});

// Only what stops someone from using a page fails the test; minor and moderate findings are advice.
// Every page is checked before failing, so one run lists everything to fix.
async function expectNoSeriousViolations(page: Page, paths: string[]) {
  const report: string[] = [];
  for (const path of paths) {
    const response = await page.goto(`${baseUrl}${path}`);
    expect(response?.status(), path).toBe(200);
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    for (const v of violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
      report.push(`${path}: ${v.id} (${v.impact}) ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("\n    ")}`);
    }
  }
  expect(report, report.join("\n")).toEqual([]);
}

async function signedInPage(email: string) {
  const page = await (await browser.newContext()).newPage();
  await browserSignIn(page, baseUrl, email);
  return page;
}

// The interface in English, Russian and Kazakh: translations change lengths, scripts and
// `lang` attributes, so each is checked on its own.
const LOCALES = [
  { locale: "en", prefix: "", lang: "en" },
  { locale: "ru", prefix: "/ru", lang: "ru" },
  { locale: "kk", prefix: "/kk", lang: "kk" },
];

describe("accessibility (axe-core, WCAG 2.1 A and AA)", () => {
  for (const { locale, prefix, lang } of LOCALES) {
    describe(locale, () => {
      it("has no serious or critical violations on the public pages", async () => {
        const page = await (await browser.newContext()).newPage();
        await expectNoSeriousViolations(page, [prefix || "/", `${prefix}/search?q=algoritm`, `${prefix}/search?q=zzxxqqww`, `${prefix}/resources/${publishedId}`, `${prefix}/libraries/UZ`, `${prefix}/api`]);
        await expect(page.locator("html").getAttribute("lang")).resolves.toBe(lang);
      });

      it("has no serious or critical violations on the contributor's pages (upload)", async () => {
        const page = await signedInPage("contributor-uz@kitab.example");
        await expectNoSeriousViolations(page, [`${prefix}/resources/new`, `${prefix}/resources/${draftId}/edit`, `${prefix}/resources/${draftId}/files`, `${prefix}/my`]);
      });

      it("has no serious or critical violations on the librarian's pages (review, dashboard)", async () => {
        const page = await signedInPage("librarian-uz@kitab.example");
        await expectNoSeriousViolations(page, [`${prefix}/review`, `${prefix}/stats`, `${prefix}/resources/${draftId}`, `${prefix}/admin`]);
      });
    });
  }

  it("shows where the keyboard focus is in the search form", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${baseUrl}/search?q=algoritm`);
    await page.locator("#q-main").focus();
    const seen: string[] = [];
    // The field, then the controls after it in the page's search form, as a keyboard user meets them.
    for (let step = 0; step < 3; step++) {
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return { what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}`, inForm: !!el.closest("main form[role=search]"), outline: style.outlineStyle === "none" ? "none" : style.outlineWidth, shadow: style.boxShadow };
      });
      if (!focus?.inForm) break;
      expect(focus.outline !== "none" && focus.outline !== "0px" || focus.shadow !== "none", `no visible focus on ${focus.what}`).toBe(true);
      seen.push(focus.what);
      await page.keyboard.press("Tab");
    }
    expect(seen.length).toBeGreaterThanOrEqual(2);
  });
});
