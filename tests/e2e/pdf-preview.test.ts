import type { Browser, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "@/lib/server/database/create-db";
import { makePdf } from "../support/document-fixtures";
import { BROWSER_USER_AGENT } from "../support/browser-user-agent";
import { HttpSession } from "../support/http-session";
import { openBrowser } from "../support/open-browser";
import { tusUpload } from "../support/tus-upload";
import { until } from "../support/until";

const baseUrl = inject("baseUrl");
const send = (body: unknown) => ({ method: "POST", headers: { origin: baseUrl, "content-type": "application/json" }, body: JSON.stringify(body) });
let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser?.close());


type TFile = { id: string; name: string; thumbnail: { url: string; width: number; height: number } | null };

// The worker draws a thumbnail of a PDF; the resource page shows it, and pdf.js in the browser
// shows the pages on request, reading the file by ranges instead of downloading it all.
describe("PDF thumbnails and preview", () => {
  it("shows the first page from a fraction of the file, then the next", async () => {
    const librarian = new HttpSession(baseUrl);
    await librarian.signIn("librarian-uz@kitab.example", "kitab-demo-password");
    const created = await librarian.request("/api/v1/resources", send({ library: "UZ", title: { en: "Preview of a long book" }, description: { en: "A long PDF." }, authors: [{ name: "Demo Author" }], subjects: ["0533"], languages: ["en"], level: "bachelor", type: "textbook", license: "CC BY 4.0", year: 2024 }));
    const { id } = (await created.json()) as { id: string };
    const pages = Array.from({ length: 400 }, (_, p) => Array.from({ length: 45 }, (_, l) => `Page ${p + 1}, line ${l + 1}: the quick brown fox jumps over the lazy dog`).join("\n"));
    const pdf = Buffer.from(makePdf(pages));
    const { fileId } = await tusUpload(pdf, { endpoint: `${baseUrl}/api/uploads`, cookie: librarian.cookie(), metadata: { resourceId: id, filename: "long-book.pdf" } });
    expect((await librarian.request(`/api/v1/resources/${id}/submit`, send({}))).status).toBe(200);

    // Not public yet: its thumbnail is not shown to visitors either.
    const file = await until(async () => ((await (await librarian.request(`/api/v1/resources/${id}`)).json()) as { files: TFile[] }).files.find((f) => f.id === fileId && f.thumbnail), 60);
    expect(file.thumbnail).toMatchObject({ width: 320, url: expect.stringMatching(new RegExp(`/files/${fileId}/thumbnail\\?v=[0-9a-f]{16}$`)) });
    expect((await fetch(`${baseUrl}${file.thumbnail!.url}`)).status).toBe(404);
    expect((await librarian.request(`/api/v1/resources/${id}/publish`, send({}))).status).toBe(200);

    const thumbnail = await fetch(`${baseUrl}${file.thumbnail!.url}`);
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers.get("content-type")).toBe("image/webp");
    expect(thumbnail.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const bytes = Buffer.from(await thumbnail.arrayBuffer());
    expect(bytes.subarray(8, 12).toString()).toBe("WEBP");
    expect(bytes.length).toBeLessThan(30_000);
    expect((await fetch(`${baseUrl}${file.thumbnail!.url}`, { headers: { "if-none-match": thumbnail.headers.get("etag")! } })).status).toBe(304);

    // Without JavaScript the page already shows the first page's picture, sized.
    const html = await (await fetch(`${baseUrl}/resources/${id}`)).text();
    expect(html).toContain(`src="${file.thumbnail!.url.replaceAll("&", "&amp;")}" width="320"`);

    // A real browser's user agent (HeadlessChrome is a robot and would count for nothing anyway).
    const page = await (await browser.newContext({ userAgent: BROWSER_USER_AGENT })).newPage();
    const pdfRequests: Request[] = [];
    page.on("request", (request) => {
      if (request.url().includes(`/files/${fileId}/download`)) pdfRequests.push(request);
    });
    await page.goto(`${baseUrl}/resources/${id}`);
    expect(pdfRequests).toHaveLength(0); // nothing of the PDF until asked
    await page.getByRole("button", { name: "Look inside long-book.pdf" }).click();
    const canvas = page.locator('canvas[data-rendered-page="1"]');
    await canvas.waitFor({ timeout: 30_000 });
    await expect(canvas.getAttribute("aria-label")).resolves.toBe("Page 1 of 400 of long-book.pdf");
    const inked = await canvas.evaluate((element: HTMLCanvasElement) => {
      const { data } = element.getContext("2d")!.getImageData(0, 0, element.width, element.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
      return dark;
    });
    expect(inked).toBeGreaterThan(100);
    await page.screenshot({ path: "tests/e2e/__screenshots__/pdf-preview.png", fullPage: true });

    // pdf.js read the file in ranges, and what arrived is a small part of it.
    const ranged = pdfRequests.filter((r) => r.headers()["range"]);
    expect(ranged.length).toBeGreaterThan(0);
    let received = 0;
    for (const request of ranged) {
      const response = await request.response();
      expect(response?.status()).toBe(206);
      // Sizes as the server sent them (the bodies are read inside pdf.js's web worker).
      received += Number(response!.headers()["content-length"]);
    }
    console.log(`[pdf-preview] first page from ${received} of ${pdf.length} bytes in ${ranged.length} range requests`);
    expect(received).toBeLessThan(pdf.length / 4);

    await page.getByRole("button", { name: "Next page" }).click();
    await page.locator('canvas[data-rendered-page="2"]').waitFor({ timeout: 30_000 });
    await expect(page.getByText("Page 2 of 400", { exact: true }).count()).resolves.toBe(1);

    // Previews are not downloads.
    const db = createDb(inject("appDatabaseUrl"));
    expect(await db.usageEvent.count({ where: { kind: "DOWNLOAD", resourceId: id } })).toBe(0);
    await db.$disconnect();
  });
});
