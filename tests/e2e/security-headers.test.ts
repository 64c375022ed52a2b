import { execFileSync } from "node:child_process";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserSignIn } from "../support/browser-sign-in";
import { makePdf } from "../support/document-fixtures";
import { HttpSession } from "../support/http-session";
import { openBrowser } from "../support/open-browser";
import { tusUpload } from "../support/tus-upload";

const baseUrl = inject("baseUrl");
const send = (body: unknown) => ({ method: "POST", headers: { origin: baseUrl, "content-type": "application/json" }, body: JSON.stringify(body) });
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
const NONCE = /script-src 'self' 'nonce-([A-Za-z0-9+/]+=*)' 'strict-dynamic'/;
const CSP_PROBLEM = /Content Security Policy|Content-Security-Policy|X-Frame-Options|Refused to/i;

let browser: Browser;
let resourceId = "";
let textFileId = "";

// One second of black VP9 in WebM: a real video the browser's player accepts, under 1 KB.
function tinyVideo(): Buffer {
  return execFileSync(process.env.FFMPEG_PATH ?? "ffmpeg", ["-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", "color=c=black:s=64x48:d=1", "-c:v", "libvpx-vp9", "-f", "webm", "pipe:1"]);
}

// A published resource with a PDF, a text file and a video, for the previews.
beforeAll(async () => {
  browser = await openBrowser();
  const librarian = new HttpSession(baseUrl);
  await librarian.signIn("librarian-uz@kitab.example", "kitab-demo-password");
  const created = await librarian.request("/api/v1/resources", send({ library: "UZ", title: { en: "Headers under test" }, description: { en: "Previews of three kinds." }, authors: [{ name: "Demo Author" }], subjects: ["0533"], languages: ["en"], level: "bachelor", type: "textbook", license: "CC BY 4.0", year: 2025 }));
  expect(created.status).toBe(201);
  resourceId = ((await created.json()) as { id: string }).id;
  const upload = (data: Buffer, filename: string) => tusUpload(data, { endpoint: `${baseUrl}/api/uploads`, cookie: librarian.cookie(), metadata: { resourceId, filename } }).then((r) => r.fileId!);
  await upload(Buffer.from(makePdf(["First page of the policy book", "Second page"])), "policy.pdf");
  textFileId = await upload(Buffer.from("Plain notes on the policy.\n"), "notes.txt");
  await upload(tinyVideo(), "lecture.webm");
  expect((await librarian.request(`/api/v1/resources/${resourceId}/submit`, send({}))).status).toBe(200);
  expect((await librarian.request(`/api/v1/resources/${resourceId}/publish`, send({}))).status).toBe(200);
});

afterAll(() => browser?.close());

// A browser context that records every CSP violation (from any page it loads) and every console
// message about a refused resource.
async function watchedContext(): Promise<{ context: BrowserContext; problems: string[] }> {
  const problems: string[] = [];
  const context = await browser.newContext();
  await context.exposeFunction("kitabCspViolation", (line: string) => problems.push(line));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { kitabCspViolation: (line: string) => void }).kitabCspViolation;
      void report(`violation: ${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber} on ${location.pathname}`);
    });
  });
  context.on("page", (page) => watchConsole(page, problems));
  return { context, problems };
}

function watchConsole(page: Page, problems: string[]) {
  page.on("console", (message) => {
    if (CSP_PROBLEM.test(message.text())) problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => {
    if (CSP_PROBLEM.test(error.message)) problems.push(`page error: ${error.message}`);
  });
}

describe("security headers and the Content-Security-Policy", () => {
  it("sends a fresh nonce with each page, stamps it on Next's scripts, and HSTS only over TLS", async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 2; i++) {
      // A client's own policy header must not choose the nonce.
      const response = await fetch(`${baseUrl}/resources/${resourceId}`, { headers: { "content-security-policy": "script-src 'nonce-chosenbyclient'" } });
      expect(response.status).toBe(200);
      const policy = response.headers.get("content-security-policy")!;
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("frame-ancestors 'self'");
      expect(policy).toContain("base-uri 'self'");
      const nonce = NONCE.exec(policy)![1]!;
      nonces.add(nonce);
      const html = await response.text();
      expect(html).not.toContain("chosenbyclient");
      // Every script Next wrote carries the nonce (JSON-LD is data, not run).
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!).filter((attributes) => !attributes.includes('type="application/ld+json"'));
      expect(scripts.length).toBeGreaterThan(0);
      for (const attributes of scripts) expect(attributes).toContain(`nonce="${nonce}"`);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
      expect(response.headers.get("permissions-policy")).toContain("camera=()");
      expect(response.headers.get("strict-transport-security")).toBeNull();
    }
    expect(nonces.size).toBe(2);
    const behindTls = await fetch(`${baseUrl}/`, { headers: { "x-forwarded-proto": "https" } });
    expect(behindTls.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
  });

  it("keeps the policy on the script-free home and search pages", async () => {
    for (const path of ["/", "/search?q=policy", "/ru/search?q=policy"]) {
      const response = await fetch(`${baseUrl}${path}`, { headers: { "accept-encoding": "br" } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-security-policy"), path).toMatch(NONCE);
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(await response.text(), path).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    }
  });

  it("sends the API with a policy that loads nothing and users' files with one that runs nothing", async () => {
    const api = await fetch(`${baseUrl}/api/v1/search?q=policy`);
    expect(api.status).toBe(200);
    expect(api.headers.get("content-type")).toMatch(/^application\/json/);
    expect(api.headers.get("x-content-type-options")).toBe("nosniff");
    expect(api.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    for (const inline of [false, true]) {
      const file = await fetch(`${baseUrl}/api/v1/resources/${resourceId}/files/${textFileId}/download${inline ? "?inline=1" : ""}`);
      expect(file.status).toBe(200);
      expect(file.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
      expect(file.headers.get("x-content-type-options")).toBe("nosniff");
      expect(file.headers.get("content-disposition")).toMatch(inline ? /^inline;/ : /^attachment;/);
      expect(file.headers.get("content-type")).toMatch(/^text\/plain/);
      await file.arrayBuffer();
    }
  });

  it("notices a refused script (the watch below works)", async () => {
    const { context, problems } = await watchedContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    // An XSS payload's usual shape: an inline event handler. (Scripts added by the test's own
    // evaluate() would be exempt: Chromium lets its inspector's code run.)
    await page.evaluate(() => {
      const image = document.createElement("img");
      image.setAttribute("onerror", "document.title = 'injected'");
      image.src = "/no-such-image.png";
      document.body.append(image);
    });
    await expect.poll(() => problems.some((p) => p.startsWith("violation: script-src-attr"))).toBe(true);
    expect(await page.title()).not.toBe("injected");
    await context.close();
  });

  it("lets every page of a visit work without a single violation", async () => {
    const { context, problems } = await watchedContext();
    const page = await context.newPage();

    // Visitors: the script-free home and search, then a resource page with scripts.
    await page.goto(`${baseUrl}/`);
    await page.goto(`${baseUrl}/search?q=policy`);
    await page.goto(`${baseUrl}/api`);
    await page.goto(`${baseUrl}/resources/${resourceId}`);

    // PDF preview: pdf.js loaded by Next's code, its worker, range requests, a drawn canvas.
    await page.getByRole("button", { name: "Look inside policy.pdf" }).click();
    await page.locator('canvas[data-rendered-page="1"]').waitFor({ timeout: 30_000 });
    // Text preview: the file in a sandboxed frame of our own origin.
    await page.getByText("Show the text of notes.txt").click();
    const frame = page.frameLocator("details.file-preview iframe");
    await expect(frame.locator("body").innerText({ timeout: 15_000 })).resolves.toContain("Plain notes");
    // Video: the player loads the file's start.
    const loaded = await page.locator("video.file-preview").evaluate(
      (video: HTMLVideoElement) =>
        new Promise<number>((resolve) => {
          video.addEventListener("loadedmetadata", () => resolve(video.readyState), { once: true });
          video.addEventListener("error", () => resolve(-1), { once: true });
          video.preload = "metadata";
          video.load();
        }),
    );
    expect(loaded).toBeGreaterThan(0);

    // A librarian signs in (a form posting to next-auth), uploads with Uppy, opens statistics.
    await browserSignIn(page, baseUrl, "librarian-uz@kitab.example");
    expect(((await (await page.request.get(`${baseUrl}/api/auth/session`)).json()) as { userId?: string }).userId).toBeTruthy();
    await page.goto(`${baseUrl}/resources/${resourceId}/files`);
    await page.locator(".uppy-Dashboard-input").first().setInputFiles({ name: "diagram.png", mimeType: "image/png", buffer: PNG });
    await page.getByRole("button", { name: /Upload 1 file/i }).click();
    await page.locator(".uppy-StatusBar.is-complete").waitFor({ timeout: 30_000 });
    await page.locator(".file-list a", { hasText: "diagram.png" }).waitFor({ timeout: 15_000 });
    await page.goto(`${baseUrl}/stats`);
    await page.locator("main h1").waitFor();
    // Another interface language (last: it is remembered in a cookie).
    expect((await page.goto(`${baseUrl}/ru/resources/${resourceId}`))?.status()).toBe(200);
    await context.close();

    // The network admin's area.
    const admin = await watchedContext();
    const adminPage = await admin.context.newPage();
    await browserSignIn(adminPage, baseUrl, "admin@kitab.example");
    for (const path of ["/admin", "/admin/users", "/admin/institutions", "/stats"]) {
      expect((await adminPage.goto(`${baseUrl}${path}`))?.status(), path).toBe(200);
    }
    await admin.context.close();

    expect([...problems, ...admin.problems]).toEqual([]);
  });
});
