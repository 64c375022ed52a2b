import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpSession } from "../support/http-session";
import { launchOwnApp, type TOwnApp } from "../support/launch-own-app";
import { openBrowser } from "../support/open-browser";

// One instance of its own, as an operator would run it without a proxy in front: small
// per-address limits and body bound, client-named addresses not believed.
let own: TOwnApp;
let app: TOwnApp["app"];
let db: TOwnApp["db"];

beforeAll(async () => {
  own = await launchOwnApp("operations", {
    TRUST_PROXY: "off",
    RATE_LIMIT_SEARCH_PER_MINUTE: "5",
    RATE_LIMIT_API_PER_MINUTE: "8",
    REQUEST_BODY_MAX_BYTES: "65536",
  });
  ({ app, db } = own);
}, 200_000);

afterAll(() => own?.stop());

const logLines = () => own.logLines();

describe("operations", () => {
  it("gives every request an id, answers with it and logs it as JSON", async () => {
    const response = await fetch(`${app.baseUrl}/api/health`, { headers: { "x-request-id": "chosen-by-client" } });
    const id = response.headers.get("x-request-id")!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/); // without a trusted proxy, the client's id is not taken
    await expect.poll(() => logLines().find((line) => line.requestId === id), { timeout: 5000 }).toMatchObject({
      level: "info",
      msg: "request",
      method: "GET",
      path: "/api/health",
      status: 200,
      ms: expect.any(Number),
    });
  });

  it("carries the request id into the lines the app writes while serving it (a registration's unsent mail)", async () => {
    const browser = await openBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${app.baseUrl}/register`);
      await page.getByLabel("Full name").fill("Log Reader");
      await page.getByLabel("University email").fill(`ops.${randomBytes(3).toString("hex")}@tuit.uz`);
      await page.getByLabel("Password", { exact: true }).fill("ipak-yoli-karvon-2026");
      const [posted] = await Promise.all([
        page.waitForResponse((response) => response.request().method() === "POST"),
        page.getByRole("button", { name: "Register" }).click(),
      ]);
      const id = (await posted.allHeaders())["x-request-id"];
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      await expect.poll(() => logLines().find((line) => line.msg === "mail not sent: SMTP_URL is not set")?.requestId, { timeout: 10_000 }).toBe(id);
    } finally {
      await browser.close();
    }
  });

  it("limits searches per address (429 with Retry-After, JSON or a page), whatever X-Forwarded-For claims", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await fetch(`${app.baseUrl}/api/v1/search?q=fizika`, { headers: { "x-forwarded-for": `198.51.100.${i}` } })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const refused = await fetch(`${app.baseUrl}/api/v1/search?q=fizika`, { headers: { "x-forwarded-for": "198.51.100.99" } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toEqual({ error: { code: "RATE_LIMITED", message: expect.stringMatching(/^Too many requests from your address\. Try again in \d+ s\.$/) } });
    const page = await fetch(`${app.baseUrl}/ru/search?q=fizika`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(429);
    expect(await page.text()).toContain("Too many requests");
    // Pages and health checks draw on no allowance.
    for (let i = 0; i < 12; i++) expect((await fetch(`${app.baseUrl}/api/health`)).status).toBe(200);
  });

  it("limits the rest of the API on its own allowance", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await fetch(`${app.baseUrl}/api/v1/libraries`)).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(8);
    expect(statuses.slice(8)).toEqual([429, 429]);
  });

  it("refuses bodies over REQUEST_BODY_MAX_BYTES (413) and bodies of unknown length (411), storing nothing", async () => {
    const before = await db.resource.count();
    const big = await fetch(`${app.baseUrl}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `email=${"a".repeat(70_000)}`,
    });
    expect(big.status).toBe(413);
    expect((await big.json()) as unknown).toEqual({ error: { code: "PAYLOAD_TOO_LARGE", message: "The request body is larger than 64 KB. Files go through the upload page." } });
    const chunked = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(`${app.baseUrl}/api/auth/callback/credentials`, { method: "POST", headers: { "content-type": "application/json" }, agent: false }, (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode!, body }));
      });
      request.on("error", reject);
      request.write("{");
      request.end("}");
    });
    expect(chunked.status).toBe(411);
    expect(chunked.body).toContain("Content-Length");
    expect(await db.resource.count()).toBe(before);
  });

  it("says why when the address is too long for Node to read (431 with a message)", async () => {
    const response = await fetch(`${app.baseUrl}/search?q=${encodeURIComponent("физика".repeat(1500))}`);
    expect(response.status).toBe(431);
    expect(await response.text()).toContain("too long");
  });

  it("on SIGTERM, finishes an upload chunk already under way, then stops", async () => {
    const contributor = await db.user.findUniqueOrThrow({ where: { email: "contributor-uz@kitab.example" } });
    const library = await db.library.findUniqueOrThrow({ where: { countryCode: "UZ" } });
    const resource = await db.resource.create({ data: { libraryId: library.id, institutionId: contributor.institutionId!, uploaderId: contributor.id, title: { en: "Shutdown test" } } });
    const session = new HttpSession(app.baseUrl);
    expect((await session.signIn("contributor-uz@kitab.example", "kitab-demo-password")).status).toBe(302);
    const bytes = Buffer.from(`${randomBytes(32).toString("hex")}\n`.repeat(32 * 1024).slice(0, 2 * 1024 * 1024));
    const metadata = [`filename ${Buffer.from("notes.txt").toString("base64")}`, `resourceId ${Buffer.from(resource.id).toString("base64")}`].join(",");
    const created = await fetch(`${app.baseUrl}/api/uploads`, {
      method: "POST",
      headers: { "Tus-Resumable": "1.0.0", "Upload-Length": String(bytes.length), "Upload-Metadata": metadata, cookie: session.cookie() },
    });
    expect(created.status).toBe(201);
    const url = new URL(created.headers.get("location")!, `${app.baseUrl}/api/uploads/`).toString();

    const answered = new Promise<{ status: number; offset: string | undefined }>((resolve, reject) => {
      const request = http.request(url, {
        method: "PATCH",
        agent: false,
        headers: { "Tus-Resumable": "1.0.0", "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream", "Content-Length": String(bytes.length), cookie: session.cookie() },
      }, (response) => {
        response.resume();
        response.on("end", () => resolve({ status: response.statusCode!, offset: response.headers["upload-offset"] as string | undefined }));
      });
      request.on("error", reject);
      request.write(bytes.subarray(0, 1024 * 1024), () => {
        void app.stop(); // SIGTERM while half the chunk is still to come
        setTimeout(() => request.end(bytes.subarray(1024 * 1024)), 1000);
      });
    });
    const result = await answered;
    expect(result).toEqual({ status: 204, offset: String(bytes.length) });
    const stored = await db.resourceFile.findMany({ where: { resourceId: resource.id } });
    expect(stored.map((file) => file.sha256)).toEqual([createHash("sha256").update(bytes).digest("hex")]);
    expect(await app.exited).toBe(143); // npm start's code for "stopped by SIGTERM"
  });
});
