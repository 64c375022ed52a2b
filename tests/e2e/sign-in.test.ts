import { describe, expect, inject, it } from "vitest";
import { HttpSession } from "../support/http-session";

const baseUrl = inject("baseUrl");
const DEMO = [
  "admin@kitab.example",
  "librarian-kz@kitab.example",
  "librarian-kg@kitab.example",
  "librarian-tj@kitab.example",
  "librarian-uz@kitab.example",
  "contributor-uz@kitab.example",
  "contributor-kz@kitab.example",
  "student-kz@kitab.example",
  "student-uz@kitab.example",
];

describe("sign-in through next-auth's real endpoints", () => {
  it.each(DEMO)("signs in %s with the demo password", async (email) => {
    const session = new HttpSession(baseUrl);
    const response = await session.signIn(email, "kitab-demo-password");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${baseUrl}/`);
    expect(await session.sessionUserId()).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("refuses a wrong password and sends the browser back to the sign-in page with a message", async () => {
    const session = new HttpSession(baseUrl, { "x-forwarded-for": "192.0.2.10" });
    const response = await session.signIn("student-uz@kitab.example", "not-the-password");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toContain("error=CredentialsSignin");
    expect(await session.sessionUserId()).toBeUndefined();
    const page = await session.request("/signin?error=CredentialsSignin", { headers: { accept: "text/html" } });
    expect(await page.text()).toContain("Wrong email or password");
  });

  it("answers the 11th bad attempt on an account with 429, a Retry-After and a clear message", async () => {
    const session = new HttpSession(baseUrl, { "x-forwarded-for": "192.0.2.11" });
    const email = "student-kz@kitab.example";
    for (let attempt = 1; attempt <= 10; attempt++) {
      const response = await session.signIn(email, `wrong-guess-${attempt}`);
      expect(response.status, `attempt ${attempt}`).toBe(302);
    }
    const eleventh = await session.signIn(email, "kitab-demo-password");
    expect(eleventh.status).toBe(429);
    expect(Number(eleventh.headers.get("retry-after"))).toBeGreaterThan(800);
    expect(await eleventh.json()).toEqual({
      error: { code: "RATE_LIMITED", message: "Too many failed sign-in attempts. Try again in 15 minutes." },
    });
    // Another account from another address is not affected.
    const other = new HttpSession(baseUrl, { "x-forwarded-for": "192.0.2.12" });
    expect((await other.signIn("contributor-kz@kitab.example", "kitab-demo-password")).status).toBe(302);
  });

  it("signs out through the real endpoint", async () => {
    const session = new HttpSession(baseUrl);
    await session.signIn("student-uz@kitab.example", "kitab-demo-password");
    const { csrfToken } = (await (await session.request("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await session.postForm("/api/auth/signout", { csrfToken, callbackUrl: "/" });
    expect(response.status).toBe(302);
    expect(await session.sessionUserId()).toBeUndefined();
  });
});
