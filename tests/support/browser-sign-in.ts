import type { Page } from "playwright-core";

// Signs in through the sign-in page's form, as a person would.
export async function browserSignIn(page: Page, baseUrl: string, email: string, password = "kitab-demo-password") {
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith("/api/auth")), page.getByRole("button", { name: "Sign in", exact: true }).click()]);
}
