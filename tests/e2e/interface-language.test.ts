import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { LOCALE_TAGS, LOCALES } from "@/lib/i18n/locales";
import { hashPassword } from "@/lib/server/auth/hash-password";
import { createDb } from "@/lib/server/database/create-db";
import { browserSignIn } from "../support/browser-sign-in";
import { readMails } from "../support/mail-capture";
import { openBrowser } from "../support/open-browser";
import { createTestUser } from "../support/factories";

const baseUrl = inject("baseUrl");
const mailLog = inject("mailLog");
const db = createDb(inject("appDatabaseUrl"));
const password = "qaragandy-dalasy-2026";
let browser: Browser;
let email: string;

beforeAll(async () => {
  browser = await openBrowser();
  // An account of its own: a saved language on a demo account would follow the other tests.
  email = (await createTestUser(db, { role: "STUDENT", country: "KZ", passwordHash: await hashPassword(password) })).email;
});
afterAll(async () => {
  await browser?.close();
  await db.$disconnect();
});

// A browser whose only stated language is `language`, as a first visit from it would be.
const contextFor = (language: string) => browser.newContext({ extraHTTPHeaders: { "accept-language": language } });
const lang = (page: Page) => page.locator("html").getAttribute("lang");
const path = (page: Page) => new URL(page.url()).pathname;
// The text of the newest mail to `to`: a translated one may be sent in base64 or quoted-printable.
function mailText(to: string): string | null {
  const mail = readMails(mailLog).reverse().find((m) => m.to.includes(to));
  if (!mail) return null;
  const [head = "", ...rest] = mail.raw.split(/\r?\n\r?\n/);
  const body = rest.join("\n\n");
  if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}
const localeCookie = async (context: BrowserContext) => (await context.cookies()).find((c) => c.name === "NEXT_LOCALE");

describe("the interface language: address, then saved setting or last choice, then Accept-Language", () => {
  it("a language saved in the profile follows the person into a new browser at sign-in", async () => {
    const first = await contextFor("en");
    const page = await first.newPage();
    await browserSignIn(page, baseUrl, email, password);
    await page.goto(`${baseUrl}/profile`);
    const select = page.getByLabel("Interface language");
    await expect(select.inputValue()).resolves.toBe("");
    await expect(select.locator('option[value="kk"]').getAttribute("lang")).resolves.toBe("kk");
    await expect(select.locator('option[value="kk"]').innerText()).resolves.toBe("Қазақша");
    await select.selectOption("kk");
    await Promise.all([page.waitForURL((url) => url.pathname === "/kk/profile"), page.getByRole("button", { name: "Save" }).click()]);
    await expect(lang(page)).resolves.toBe("kk");
    await expect(page.locator("#interface-language-select").inputValue()).resolves.toBe("kk");
    await expect(db.user.findUniqueOrThrow({ where: { email } })).resolves.toMatchObject({ locale: "kk" });
    expect(await localeCookie(first)).toMatchObject({ value: "kk", path: "/", sameSite: "Lax" });
    // Signing out (the header's form, whatever its button says in Kazakh) keeps the language.
    await Promise.all([page.waitForURL((url) => url.pathname === "/kk"), page.locator('.account-nav form[action="/api/auth/signout"] button').click()]);
    await first.close();

    const second = await contextFor("en");
    const again = await second.newPage();
    await again.goto(`${baseUrl}/`);
    await expect(lang(again)).resolves.toBe("en");
    await browserSignIn(again, baseUrl, email, password);
    expect(await localeCookie(second)).toMatchObject({ value: "kk" });
    await again.goto(`${baseUrl}/`);
    expect(path(again)).toBe("/kk");
    await expect(lang(again)).resolves.toBe("kk");
    // The address still wins over the setting.
    await again.goto(`${baseUrl}/ru/search?q=algoritm`);
    expect(path(again)).toBe("/ru/search");
    await expect(lang(again)).resolves.toBe("ru");

    // Back to following the browser: the cookie goes, and Accept-Language (English here) decides.
    await again.goto(`${baseUrl}/kk/profile`);
    await again.locator("#interface-language-select").selectOption("");
    await Promise.all([again.waitForURL((url) => url.pathname === "/profile"), again.locator('#interface-language-select ~ button[type="submit"]').click()]);
    await expect(lang(again)).resolves.toBe("en");
    await expect(again.getByLabel("Interface language").inputValue()).resolves.toBe("");
    await expect(db.user.findUniqueOrThrow({ where: { email } })).resolves.toMatchObject({ locale: null });
    expect(await localeCookie(second)).toBeUndefined();
    await second.close();
  });

  it("without a setting or choice, the browser's Accept-Language picks the language of an address without one", async () => {
    const context = await contextFor("ru-RU,ru;q=0.9,en;q=0.5");
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    expect(path(page)).toBe("/ru");
    await expect(lang(page)).resolves.toBe("ru");
    await context.close();
  });

  it("an address with a language keeps it whatever the browser asks for", async () => {
    const context = await contextFor("en");
    const page = await context.newPage();
    await page.goto(`${baseUrl}/ru/search?q=algoritm`);
    expect(path(page)).toBe("/ru/search");
    await expect(lang(page)).resolves.toBe("ru");
    // …and becomes the last choice, so an address without a language follows it.
    await page.goto(`${baseUrl}/`);
    expect(path(page)).toBe("/ru");
    await context.close();
  });

  it("the header's language switcher links to the same page in each language", async () => {
    const context = await contextFor("en");
    const page = await context.newPage();
    await page.goto(`${baseUrl}/search?q=algoritm`);
    const switcher = page.locator("details.language-switcher");
    const links = switcher.locator("a");
    await expect(links.count()).resolves.toBe(LOCALES.length);
    for (const locale of LOCALES) {
      const link = switcher.locator(`a[hreflang="${LOCALE_TAGS[locale]}"]`);
      await expect(link.getAttribute("lang")).resolves.toBe(LOCALE_TAGS[locale]);
      const target = new URL((await link.getAttribute("href"))!, baseUrl);
      expect(target.searchParams.get("q"), locale).toBe("algoritm");
      await page.goto(target.toString());
      expect(path(page), locale).toBe(locale === "en" ? "/search" : `/${locale}/search`);
      expect(new URL(page.url()).searchParams.get("q"), locale).toBe("algoritm");
      await expect(lang(page), locale).resolves.toBe(LOCALE_TAGS[locale]);
    }
    await context.close();
  });

  it("the confirmation mail of a registration is in the language of the page, and links to its pages", async () => {
    const address = `kk.${Math.random().toString(36).slice(2, 8)}@tuit.uz`;
    const context = await contextFor("en");
    const page = await context.newPage();
    await page.goto(`${baseUrl}/kk/register`);
    await page.locator('input[name="name"]').fill("Айгерім Сәрсенова");
    await page.locator('input[name="email"]').fill(address);
    await page.locator('input[name="password"]').fill(password);
    await page.locator('main form button[type="submit"]').click();
    await page.locator('[role="status"]').filter({ hasText: address }).waitFor();
    let text: string | null = null;
    for (let i = 0; i < 50 && !text; i++) {
      text = mailText(address);
      if (!text) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(text).toContain("Айгерім Сәрсенова");
    const link = /https?:\/\/\S+\/kk\/verify-email\?token=[A-Za-z0-9_-]+/.exec(text ?? "")?.[0];
    expect(link, `a /kk/verify-email link in:\n${text}`).toBeTruthy();
    await page.goto(link!);
    await expect(lang(page)).resolves.toBe("kk");
    await context.close();
  });
});
