import { randomBytes } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { refreshSearchDocuments } from "@/lib/server/search/refresh-search-documents";
import { startBadInputApp, type TBadInputApp } from "../support/bad-input-app";
import { seedWorld, WORLD_PASSWORD, type TWorld } from "../support/bad-input-world";
import { browserSignIn } from "../support/browser-sign-in";
import { openBrowser } from "../support/open-browser";

// XSS payloads in every metadata field that is shown again, put in through the real API (so
// they pass its validation as any user's text would) and then looked at in Chromium on every
// page that shows them: the payload must be there as text, no dialog may open and no element
// of it may exist.
const SCRIPT = "<script>alert(1)</script>";
const IMG = `"><img src=x onerror=alert(1)>`;
const JS_URL = "javascript:alert(1)";
const CLOSE = "</script><script>alert(1)</script>"; // for the JSON-LD block
const SVG = "<svg onload=alert(1)>";
const token = `xss${randomBytes(4).toString("hex")}`;

let kitab: TBadInputApp;
let w: TWorld;
let browser: Browser;
let base = "";
let published = "";
let submitted = "";
let slug = "";

const post = async (session: TWorld["uzContributor"]["session"], path: string, body: unknown, method = "POST") => {
  const response = await session.request(path, { method, headers: { origin: base, "content-type": "application/json" }, body: JSON.stringify(body) });
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  return (await response.json()) as { id: string; version: number };
};

beforeAll(async () => {
  kitab = await startBadInputApp(inject("appDatabaseUrl"), "bad-input-xss");
  base = kitab.baseUrl;
  w = await seedWorld(kitab.db, base);
  browser = await openBrowser();
  const db = kitab.db;
  const fields = {
    library: "UZ",
    title: { en: `${token} ${SCRIPT}`, ru: `${token} ${IMG}`, "uz-Latn": `${token} ${CLOSE}` },
    description: { en: `${IMG} ${JS_URL}`, ru: `${SCRIPT} описание`, kk: `${SVG} сипаттама`, "uz-Latn": `${JS_URL} tavsif` },
    keywords: [SCRIPT, IMG, JS_URL],
    authors: [{ name: SCRIPT }, { name: IMG }],
    subjects: ["0613"],
    courseName: IMG,
    languages: ["en", "ru"],
    license: "CC BY 4.0",
    year: 2024,
    type: "textbook",
    level: "bachelor",
  };
  published = (await post(w.uzContributor.session, "/api/v1/resources", fields)).id;
  submitted = (await post(w.uzContributor.session, "/api/v1/resources", { ...fields, title: { en: `${token} review ${SCRIPT}` } })).id;
  const institution = await db.institution.create({ data: { slug: `xss-${token}`, countryCode: "UZ", names: { en: `${SCRIPT} University`, ru: IMG }, website: JS_URL } });
  await db.resource.update({ where: { id: published }, data: { status: "PUBLISHED", publishedAt: new Date(), institutionId: institution.id } });
  await db.resource.update({ where: { id: submitted }, data: { status: "SUBMITTED", submittedAt: new Date(), institutionId: institution.id } });
  await db.user.update({ where: { id: w.uzContributor.user.id }, data: { name: `${IMG} ${SCRIPT}` } });
  await refreshSearchDocuments([published, submitted], db);
  slug = `xss-${token}`;
  const collection = await post(w.uzLibrarian.session, "/api/v1/collections", { library: "UZ", slug, titleLang: "en", title: `${SCRIPT} ${token}`, description: `${IMG} ${JS_URL}` });
  await post(w.uzLibrarian.session, `/api/v1/collections/${collection.id}/items`, { resources: [published] }, "PUT");
});
afterAll(async () => {
  await browser?.close();
  await kitab?.stop();
});

// Everything a payload could have become, had it been parsed as HTML. (Inline scripts that
// merely carry it as string data, like React's payload, are not counted: one whose code is
// the payload is.)
async function injected(page: Page) {
  return page.evaluate(() => ({
    scripts: [...document.querySelectorAll("script:not([src])")].filter((s) => /^\s*alert\(1\)\s*$/.test(s.textContent ?? "")).length,
    images: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload]').length,
    jsLinks: [...document.querySelectorAll("a[href], iframe[src], form[action]")].filter((e) => /^\s*javascript:/i.test(e.getAttribute("href") ?? e.getAttribute("src") ?? e.getAttribute("action") ?? "")).length,
    jsonLdParses: [...document.querySelectorAll('script[type="application/ld+json"]')].every((s) => {
      try {
        JSON.parse(s.textContent ?? "");
        return true;
      } catch {
        return false;
      }
    }),
    text: document.body.innerText,
  }));
}

async function look(path: string, as: "anonymous" | "contributor" | "librarian", locale = "en") {
  const context = await browser.newContext({ locale, extraHTTPHeaders: { "accept-language": locale } });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  if (as !== "anonymous") await browserSignIn(page, base, (as === "contributor" ? w.uzContributor : w.uzLibrarian).user.email, WORLD_PASSWORD);
  const response = await page.goto(`${base}${path}`);
  await page.waitForLoadState("networkidle");
  const found = await injected(page);
  await context.close();
  return { status: response?.status(), dialogs, ...found };
}

describe("XSS payloads render as text", () => {
  it.each([
    ["the resource page (English)", () => `/resources/${published}`, "anonymous", "en", [SCRIPT, "University"]],
    ["the resource page (Russian)", () => `/resources/${published}`, "anonymous", "ru", [IMG]],
    ["the resource page (Uzbek)", () => `/resources/${published}`, "anonymous", "uz", [CLOSE]],
    ["search results", () => `/search?q=${token}`, "anonymous", "en", [SCRIPT]],
    ["search results with a payload as the query", () => `/search?q=${encodeURIComponent(SCRIPT)}`, "anonymous", "en", []],
    ["the collection page", () => `/collections/UZ/${slug}`, "anonymous", "en", [SCRIPT, IMG]],
    ["the collections list", () => `/collections`, "anonymous", "en", [SCRIPT]],
    ["the review queue", () => `/review`, "librarian", "en", [SCRIPT]],
    ["the contributor's own list", () => `/my`, "contributor", "en", [SCRIPT]],
    ["the edit form", () => `/resources/${submitted}/edit`, "librarian", "en", []],
    ["the library page", () => `/libraries/UZ`, "anonymous", "en", []],
    ["the home page", () => `/`, "anonymous", "en", []],
    ["the admin's institution page", () => `/admin/institutions`, "librarian", "en", []],
  ] as [string, () => string, "anonymous" | "contributor" | "librarian", string, string[]][])("%s", async (_name, path, as, locale, shown) => {
    const seen = await look(path(), as, locale);
    expect(seen.status).toBe(200);
    expect(seen.dialogs).toEqual([]);
    expect({ scripts: seen.scripts, images: seen.images, jsLinks: seen.jsLinks, jsonLdParses: seen.jsonLdParses }).toEqual({ scripts: 0, images: 0, jsLinks: 0, jsonLdParses: true });
    for (const payload of shown) expect(seen.text).toContain(payload);
  });
});

describe("XSS payloads are stored as the text that was sent", () => {
  it("the API gives back every field byte for byte", async () => {
    const resource = (await (await w.uzContributor.session.request(`/api/v1/resources/${published}`)).json()) as Record<string, unknown>;
    expect(resource).toMatchObject({ title: { en: `${token} ${SCRIPT}`, ru: `${token} ${IMG}` }, keywords: [SCRIPT, IMG, JS_URL], courseName: IMG });
  });

  it.each([
    ["the Atom feed", "/feeds/resources.atom"],
    ["the library's Atom feed", "/feeds/libraries/UZ.atom"],
    ["OAI-PMH GetRecord", "/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier="],
  ])("%s escapes it as XML text", async (_name, path) => {
    const repository = new URL(base).hostname;
    const response = await fetch(`${base}${path}${path.endsWith("=") ? `oai:${repository}:${published}` : ""}`);
    const xml = await response.text();
    expect(response.status).toBe(200);
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<img src=x");
    expect(xml).toContain(token);
  });
});
