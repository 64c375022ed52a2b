import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { HttpSession } from "../support/http-session";
import { openBrowser } from "../support/open-browser";
import { tusUpload } from "../support/tus-upload";

const baseUrl = inject("baseUrl");
const BUDGET = 100 * 1024;
const TITLE = "Sekin tarmoqda fizika masalalari";
const send = (body: unknown) => ({ method: "POST", headers: { origin: baseUrl, "content-type": "application/json" }, body: JSON.stringify(body) });
// Text compresses well: if a download were gzipped on the way, its length would show it.
const FILE = Buffer.from(Array.from({ length: 400 }, (_, i) => `${i + 1}. Jism tezligi v = s / t formulasi bilan topiladi.\n`).join(""));
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

let browser: Browser;
let resourceId: string;
let fileId: string;

// The raw bytes and headers as they left the server (fetch would undo the compression).
function rawGet(path: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(new URL(path, baseUrl), { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

beforeAll(async () => {
  browser = await openBrowser();
  const librarian = new HttpSession(baseUrl);
  await librarian.signIn("librarian-uz@kitab.example", "kitab-demo-password");
  const created = await librarian.request(
    "/api/v1/resources",
    send({ library: "UZ", title: { "uz-Latn": TITLE }, description: { "uz-Latn": "Sekin aloqa uchun masalalar to'plami." }, authors: [{ name: "Demo Author" }], subjects: ["0533"], languages: ["uz-Latn"], level: "bachelor", type: "textbook", license: "CC BY 4.0", year: 2024 }),
  );
  resourceId = ((await created.json()) as { id: string }).id;
  const upload = await tusUpload(FILE, { endpoint: `${baseUrl}/api/uploads`, cookie: librarian.cookie(), metadata: { resourceId, filename: "masalalar.txt" } });
  fileId = upload.fileId!;
  expect((await librarian.request(`/api/v1/resources/${resourceId}/submit`, send({}))).status).toBe(200);
  expect((await librarian.request(`/api/v1/resources/${resourceId}/publish`, send({}))).status).toBe(200);
});
afterAll(() => browser?.close());

describe("compression", () => {
  it("sends pages and stylesheets compressed to a client that accepts it", async () => {
    const page = await rawGet("/search?q=fizika", { "accept-encoding": "gzip, deflate, br" });
    expect(page.status).toBe(200);
    expect(page.headers["content-encoding"]).toMatch(/^(gzip|br)$/);
    expect(page.headers.vary).toMatch(/accept-encoding/i);
    const plain = await rawGet("/search?q=fizika", {});
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(page.body.length).toBeLessThan(plain.body.length / 2);

    const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(plain.body.toString("utf8"))?.[1];
    expect(css).toBeDefined();
    const stylesheet = await rawGet(css!, { "accept-encoding": "gzip, br" });
    expect(stylesheet.status).toBe(200);
    expect(stylesheet.headers["content-encoding"]).toMatch(/^(gzip|br)$/);
  });

  it("sends a file download as its stored bytes, with its length and ranges, never recompressed", async () => {
    const path = `/api/v1/resources/${resourceId}/files/${fileId}/download`;
    const whole = await rawGet(path, { "accept-encoding": "gzip, deflate, br" });
    expect(whole.status).toBe(200);
    expect(whole.headers["content-encoding"]).toBeUndefined();
    expect(whole.headers["content-length"]).toBe(String(FILE.length));
    expect(sha256(whole.body)).toBe(sha256(FILE));

    const part = await rawGet(path, { "accept-encoding": "gzip, deflate, br", range: "bytes=100-1099" });
    expect(part.status).toBe(206);
    expect(part.headers["content-encoding"]).toBeUndefined();
    expect(part.headers["content-length"]).toBe("1000");
    expect(part.headers["content-range"]).toBe(`bytes 100-1099/${FILE.length}`);
    expect(part.body.equals(FILE.subarray(100, 1100))).toBe(true);
  });
});

describe("a cold load of the search page", () => {
  // The search page is sent as HTML and CSS only (scripts/server/script-free-page.mjs): with
  // the App Router's runtime it was 154,962 bytes, React DOM and Next's router alone over 100 KB.
  for (const path of ["/search?q=fizika", "/kk/search?q=fizika"]) {
    it(`transfers at most ${BUDGET} bytes of HTML, CSS and JS: ${path}`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const seen = new Map<string, { url: string; type: string; bytes: number }>();
      cdp.on("Network.responseReceived", ({ requestId, type, response }) => seen.set(requestId, { url: response.url, type, bytes: 0 }));
      cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
        const entry = seen.get(requestId);
        if (entry) entry.bytes = encodedDataLength;
      });
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
      await expect(page.locator(".results li").count()).resolves.toBeGreaterThan(0);

      const counted = [...seen.values()].filter((r) => r.type !== "Font" && r.type !== "Image");
      const total = counted.reduce((sum, r) => sum + r.bytes, 0);
      const largest = counted.sort((a, b) => b.bytes - a.bytes).slice(0, 5);
      console.log(`[low-bandwidth] ${path} cold load: ${total} bytes in ${counted.length} responses (budget ${BUDGET}); largest:\n` + largest.map((r) => `  ${r.bytes}\t${r.type}\t${r.url.replace(baseUrl, "")}`).join("\n"));
      expect(counted.some((r) => r.type === "Document" && r.bytes > 0)).toBe(true);
      expect(total).toBeLessThanOrEqual(BUDGET);
      // Still a whole page: searching again and following a result need no script.
      await expect(page.locator("script:not([type='application/ld+json'])").count()).resolves.toBe(0);
      await page.locator("#q-header").fill("masalalar");
      await Promise.all([page.waitForURL(/q=masalalar/), page.locator("#q-header").press("Enter")]);
      await expect(page.locator(".results li h2 a", { hasText: TITLE }).count()).resolves.toBeGreaterThan(0);
      await context.close();
    });
  }
});

describe("without JavaScript", () => {
  it("searches from the home page, opens a resource and downloads its file", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.locator("#q-main").fill(TITLE);
    await Promise.all([page.waitForURL(/\/search\?q=/), page.locator("#q-main").press("Enter")]);
    await page.locator(".results li h2 a", { hasText: TITLE }).first().click();
    await page.waitForURL(`${baseUrl}/resources/${resourceId}`);
    await expect(page.locator("h1").innerText()).resolves.toBe(TITLE);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "masalalar.txt" }).click()]);
    expect(download.suggestedFilename()).toBe("masalalar.txt");
    const bytes = await readFile((await download.path())!);
    const resource = (await (await fetch(`${baseUrl}/api/v1/resources/${resourceId}`)).json()) as { files: { id: string; sha256: string }[] };
    expect(sha256(bytes)).toBe(resource.files.find((f) => f.id === fileId)!.sha256);
    await context.close();
  });
});
