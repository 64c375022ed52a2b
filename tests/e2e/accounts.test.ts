import { mkdir } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserSignIn } from "../support/browser-sign-in";
import { linkInMail } from "../support/mail-capture";
import { openBrowser } from "../support/open-browser";

const baseUrl = inject("baseUrl");
const mailLog = inject("mailLog");
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser?.close());

const email = `e2e.${Math.random().toString(36).slice(2, 8)}@tuit.uz`;
const password = "ipak-yoli-karvon-2026";

async function waitForLink(to: string, path: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const link = linkInMail(mailLog, to, path);
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no ${path} mail for ${to}`);
}

const who = (page: Page) => page.locator(".account-nav").innerText();

describe("a student's account, from registration to deactivation", () => {
  let student: Page;

  it("refuses a registration from outside the network, with the message at the field", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${baseUrl}/register`);
    await page.getByLabel("Full name").fill("Outsider");
    await page.getByLabel("University email").fill("outsider@gmail.com");
    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Register" }).click();
    await expect(page.locator("#field-email-error").innerText()).resolves.toContain("does not belong to a partner institution");
    await page.getByLabel("University email").fill("not an email");
    await page.getByLabel("Password", { exact: true }).fill("123");
    await page.getByRole("button", { name: "Register" }).click();
    await page.locator("#field-email-error", { hasText: "valid email" }).waitFor();
    await page.locator("#field-password-error", { hasText: "at least 10 characters" }).waitFor();
    await page.close();
  });

  it("registers with a university address, confirms it by the e-mailed link, and signs in", async () => {
    student = await (await browser.newContext()).newPage();
    await student.goto(`${baseUrl}/register`);
    await student.getByLabel("Full name").fill("Dilnoza Rahimova");
    await student.getByLabel("University email").fill(email);
    await student.getByLabel("Password", { exact: true }).fill(password);
    await student.getByRole("button", { name: "Register" }).click();
    await expect(student.getByRole("status").innerText()).resolves.toContain(`we sent a confirmation link to ${email}`);

    const link = await waitForLink(email, "/verify-email");
    expect(link.startsWith(baseUrl)).toBe(true);
    await student.goto(link);
    await Promise.all([student.waitForURL(/\/signin\?.*notice=verified.*csrf=retry/), student.getByRole("button", { name: "Confirm my email address" }).click()]);
    await expect(student.getByRole("status").innerText()).resolves.toContain("confirmed");
    await browserSignIn(student, baseUrl, email, password);
    await expect(who(student)).resolves.toContain("Dilnoza Rahimova (student)");
  });

  it("a librarian's role change applies at the student's next request", async () => {
    const librarian = await (await browser.newContext()).newPage();
    await browserSignIn(librarian, baseUrl, "librarian-uz@kitab.example");
    await librarian.goto(`${baseUrl}/admin/users?q=${encodeURIComponent(email)}`);
    const row = librarian.locator(`tr[data-email="${email}"]`);
    const access = row.getByRole("form", { name: `Change access for ${email}` });
    const activation = row.getByRole("form", { name: `Activation of ${email}` });
    await access.getByLabel("Role", { exact: true }).selectOption("CONTRIBUTOR");
    await access.getByRole("button", { name: "Save" }).click();
    await expect(access.getByRole("status").innerText()).resolves.toBe("Saved.");
    await expect.poll(() => access.getByLabel("Role", { exact: true }).inputValue()).toBe("CONTRIBUTOR");
    await mkdir("tests/e2e/__screenshots__", { recursive: true });
    await librarian.screenshot({ path: "tests/e2e/__screenshots__/admin-users.png", fullPage: true });

    await student.reload();
    await expect(who(student)).resolves.toContain("(contributor)");

    await activation.getByRole("button", { name: "Deactivate" }).click();
    await expect(activation.getByRole("status").innerText()).resolves.toBe("Account deactivated.");
    await student.reload();
    await expect(who(student)).resolves.toContain("Sign in");
    await librarian.goto(`${baseUrl}/admin/audit`);
    await expect(librarian.locator("tbody").innerText()).resolves.toMatch(/user\.deactivate[\s\S]*user\.access\.update/);
  });

  it("a deactivated account cannot sign in again", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${baseUrl}/signin`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL(/error=CredentialsSignin/);
    // (Next's route announcer is an alert too, hence the class.)
    await expect(page.locator(".error-box").innerText()).resolves.toContain("Wrong email or password, or the account is deactivated");
  });
});
