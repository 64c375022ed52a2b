import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserSignIn } from "../support/browser-sign-in";
import { openBrowser } from "../support/open-browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser?.close());

describe("personal API tokens", () => {
  it("a contributor creates a token on their profile, a script uses it, and revoking it ends that", async () => {
    const page = await (await browser.newContext()).newPage();
    await browserSignIn(page, baseUrl, "contributor-kz@kitab.example");
    await page.goto(`${baseUrl}/profile`);
    await page.getByLabel("Name").fill("import script");
    await page.getByRole("button", { name: "Create token" }).click();
    const message = await page.getByRole("status").filter({ hasText: "Your new token" }).innerText();
    const token = /kitab_[A-Za-z0-9_-]{43}/.exec(message)![0];

    const asScript = (path: string, init: RequestInit = {}) => fetch(`${baseUrl}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" } });
    const created = await asScript("/api/v1/resources", { method: "POST", body: JSON.stringify({ library: "KZ", title: { kk: "Скрипттен жасалған" } }) });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await asScript(`/api/v1/resources/${id}`)).status).toBe(200);
    expect((await fetch(`${baseUrl}/api/v1/resources/${id}`, { headers: { authorization: "Bearer kitab_wrong" } })).status).toBe(404);

    await page.reload();
    await page.getByRole("form", { name: "Revoke import script" }).getByRole("button", { name: "Revoke" }).click();
    await page.locator('[data-token-name="import script"]').waitFor({ state: "detached" });
    expect((await asScript("/api/v1/resources", { method: "POST", body: JSON.stringify({ library: "KZ", title: { kk: "x" } }) })).status).toBe(401);
  });
});
