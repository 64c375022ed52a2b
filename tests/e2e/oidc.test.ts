import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CookieJar } from "../support/cookie-jar";
import { startFakeOidcIssuer, type TFakeOidcIssuer, type TOidcClaims } from "../support/fake-oidc-issuer";
import { freePort } from "../support/free-port";
import { launchApp, waitForHealthy, type TLaunchedApp } from "../support/launch-app";
import { makeTestDir } from "../support/make-test-dir";

const CLIENT_ID = "kitab-e2e";
const CLIENT_SECRET = "e2e client secret/with+odd=chars";
const OIDC_NAME = "University ID (test)";

// Sign-in with OpenID Connect against a fake issuer on loopback: a second Kitab instance
// configured for it, driven through next-auth's real endpoints exactly as a browser would
// follow them (cookies, redirects), then checked in the database.
describe.skipIf(!!process.env.DATABASE_URL)("sign-in with OpenID Connect", () => {
  let dataDir = "";
  let app: TLaunchedApp | undefined;
  let issuer: TFakeOidcIssuer | undefined;
  let db: pg.Client | undefined;
  let baseUrl = "";

  beforeAll(async () => {
    dataDir = await makeTestDir("oidc");
    const port = await freePort();
    const pgPort = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    issuer = await startFakeOidcIssuer({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUri: `${baseUrl}/api/auth/callback/oidc`,
    });
    app = launchApp({
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      DATA_DIR: dataDir,
      SEED_DEMO: "on",
      PUBLIC_URL: baseUrl,
      OIDC_ISSUER: issuer.issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_NAME,
    });
    await waitForHealthy(app, 300_000);
    const password = (await readFile(path.join(dataDir, "postgres-password"), "utf8")).trim();
    db = new pg.Client({ connectionString: `postgresql://kitab:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/kitab` });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await app?.stop();
    await issuer?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  // One request as the browser would send it: the jar's cookies to the app, no automatic redirects.
  async function send(jar: CookieJar, url: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers);
    if (url.startsWith(`${baseUrl}/`) && jar.header()) headers.set("cookie", jar.header());
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    if (url.startsWith(`${baseUrl}/`)) jar.store(response);
    return response;
  }

  function location(response: Response, from: string) {
    expect([302, 303, 307], `${from} answered ${response.status}`).toContain(response.status);
    return new URL(response.headers.get("location")!, from).href;
  }

  // The sign-in button's form post, then the two redirects: to the issuer and back to the app.
  // Returns where the app's callback finally sends the browser.
  async function signInWithOidc(jar: CookieJar, claims: TOidcClaims) {
    const csrf = (await (await send(jar, `${baseUrl}/api/auth/csrf`)).json()) as { csrfToken: string };
    issuer!.setNextUser(claims);
    const signInUrl = `${baseUrl}/api/auth/signin/oidc`;
    const signIn = await send(jar, signInUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: csrf.csrfToken, callbackUrl: "/" }),
    });
    const authorizeUrl = location(signIn, signInUrl);
    expect(authorizeUrl.startsWith(`${issuer!.issuer}/authorize?`), authorizeUrl).toBe(true);
    const callbackUrl = location(await send(jar, authorizeUrl), authorizeUrl);
    expect(callbackUrl.startsWith(`${baseUrl}/api/auth/callback/oidc?`), callbackUrl).toBe(true);
    expect(new URL(callbackUrl).searchParams.has("code"), callbackUrl).toBe(true);
    return location(await send(jar, callbackUrl), callbackUrl);
  }

  async function sessionUserId(jar: CookieJar) {
    const session = (await (await send(jar, `${baseUrl}/api/auth/session`)).json()) as { userId?: string };
    return session.userId;
  }

  const userCount = async () => Number((await db!.query<{ n: string }>(`SELECT count(*) AS n FROM "User"`)).rows[0]!.n);

  it("offers the provider on the sign-in page", async () => {
    const jar = new CookieJar();
    let url = `${baseUrl}/signin`;
    let response = await send(jar, url);
    // /signin first sends a cookie-less browser through next-auth for its CSRF cookie.
    for (let hops = 0; response.status >= 300 && response.status < 400; hops++) {
      expect(hops, "too many redirects").toBeLessThan(5);
      url = location(response, url);
      response = await send(jar, url);
    }
    expect(response.status).toBe(200);
    // React separates adjacent text nodes with empty comments.
    const html = (await response.text()).replace(/<!-- -->/g, "");
    expect(html).toContain(`Sign in with ${OIDC_NAME}`);
    expect(html).toContain(`action="/api/auth/signin/oidc"`);
  });

  it("creates a student account for a new person from a partner institution's domain", async () => {
    const email = "aziza.karimova@tuit.uz";
    const before = await userCount();
    const jar = new CookieJar();
    const landing = await signInWithOidc(jar, { sub: "tuit-0001", email, email_verified: true, name: "Aziza Karimova" });
    expect(landing).toBe(`${baseUrl}/`);
    expect(jar.has("next-auth.session-token")).toBe(true);

    const { rows } = await db!.query<{ id: string; name: string; role: string; emailVerifiedAt: Date | null; slug: string }>(
      `SELECT u."id", u."name", u."role", u."emailVerifiedAt", i."slug"
         FROM "User" u JOIN "Institution" i ON i."id" = u."institutionId" WHERE u."email" = $1`,
      [email],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: "Aziza Karimova", role: "STUDENT", slug: "tuit" });
    expect(rows[0]!.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await userCount()).toBe(before + 1);
    expect(await sessionUserId(jar)).toBe(rows[0]!.id);
  });

  it("signs an existing account in as itself", async () => {
    const email = "contributor-uz@kitab.example";
    const query = `SELECT "id", "role", "institutionId" FROM "User" WHERE "email" = $1`;
    const [existing] = (await db!.query<{ id: string; role: string; institutionId: string }>(query, [email])).rows;
    expect(existing?.role).toBe("CONTRIBUTOR");
    const before = await userCount();
    const jar = new CookieJar();
    // The identity provider's subject is its own; the account is matched by e-mail.
    const landing = await signInWithOidc(jar, { sub: "idp-subject-42", email, email_verified: true, name: "Someone Else" });
    expect(landing).toBe(`${baseUrl}/`);
    expect(await sessionUserId(jar)).toBe(existing!.id);
    expect((await db!.query(query, [email])).rows).toEqual([existing]);
    expect(await userCount()).toBe(before);
  });

  it("refuses an e-mail address outside the network, without creating an account", async () => {
    const email = "someone@example.org";
    const before = await userCount();
    const jar = new CookieJar();
    const landing = await signInWithOidc(jar, { sub: "outsider-1", email, email_verified: true, name: "Some One" });
    expect(landing).toContain("/signin?error=NotAMember");
    expect(jar.has("next-auth.session-token")).toBe(false);
    expect(await sessionUserId(jar)).toBeUndefined();
    expect((await db!.query(`SELECT 1 FROM "User" WHERE "email" = $1`, [email])).rowCount).toBe(0);
    expect(await userCount()).toBe(before);

    const page = await (await send(jar, landing)).text();
    expect(page).toContain("does not belong to a partner institution");
  });

  it("refuses an address the provider has not verified, even on a partner institution's domain", async () => {
    const email = "unverified.student@tuit.uz";
    const jar = new CookieJar();
    const landing = await signInWithOidc(jar, { sub: "tuit-0002", email, email_verified: false });
    expect(landing).toContain("/signin?error=OidcEmailNotVerified");
    expect(await sessionUserId(jar)).toBeUndefined();
    expect((await db!.query(`SELECT 1 FROM "User" WHERE "email" = $1`, [email])).rowCount).toBe(0);
  });
});
