import { mkdir } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { LOCALE_TAGS, LOCALES } from "@/lib/i18n/locales";
import { openBrowser } from "../support/open-browser";

const baseUrl = inject("baseUrl");
const DIR = "tests/e2e/__screenshots__/locales";
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
  await mkdir(DIR, { recursive: true });
});
afterAll(() => browser?.close());

// The home and search pages in every interface language, saved for people to look at (git-ignored):
// line lengths, scripts and wrapping differ by language in ways no assertion catches.
describe("the interface in every language", () => {
  for (const locale of LOCALES) {
    it(`${locale}: home and search are in ${locale}, with their language declared`, async () => {
      const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
      const page = await context.newPage();
      const prefix = locale === "en" ? "" : `/${locale}`;
      await page.goto(`${baseUrl}${prefix || "/"}`);
      await expect(page.locator("html").getAttribute("lang")).resolves.toBe(LOCALE_TAGS[locale]);
      const signIn = (await page.locator(".account-nav a").first().innerText()).trim();
      if (locale === "en") expect(signIn).toBe("Sign in");
      else expect(signIn, `${locale}: the header is not translated`).not.toBe("Sign in");
      await page.screenshot({ path: `${DIR}/${locale}-home.png`, fullPage: true });

      await page.goto(`${baseUrl}${prefix}/search?q=algoritm`);
      await expect(page.locator("html").getAttribute("lang")).resolves.toBe(LOCALE_TAGS[locale]);
      await expect(page.locator(".results li").count()).resolves.toBeGreaterThan(0);
      await page.screenshot({ path: `${DIR}/${locale}-search.png`, fullPage: true });
      await context.close();
    });
  }
});
