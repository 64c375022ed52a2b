import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { HttpSession } from "../support/http-session";
import { openBrowser } from "../support/open-browser";
import { tusUpload } from "../support/tus-upload";

const baseUrl = inject("baseUrl");
const send = (body: unknown, method = "POST") => ({ method, headers: { origin: baseUrl, "content-type": "application/json" }, body: JSON.stringify(body) });
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser?.close());

// A withdrawn resource keeps its address as a tombstone (what it was, when and why it went)
// while its files stop being served to anyone but its library's staff.
describe("withdrawn resources", () => {
  it("leave a tombstone page with the reason and take their files away", async () => {
    const librarian = new HttpSession(baseUrl);
    await librarian.signIn("librarian-uz@kitab.example", "kitab-demo-password");
    const created = await librarian.request(
      "/api/v1/resources",
      send({ library: "UZ", title: { "uz-Latn": "Eskirgan qo'llanma" }, description: { "uz-Latn": "Eski nashr." }, authors: [{ name: "Demo Author" }], subjects: ["0541"], languages: ["uz-Latn"], level: "bachelor", type: "textbook", license: "CC BY 4.0", year: 2010 }),
    );
    const { id } = (await created.json()) as { id: string };
    const { fileId } = await tusUpload(Buffer.from("Eski nashr matni.\n"), { endpoint: `${baseUrl}/api/uploads`, cookie: librarian.cookie(), metadata: { resourceId: id, filename: "eski.txt" } });
    expect((await librarian.request(`/api/v1/resources/${id}/submit`, send({}))).status).toBe(200);
    expect((await librarian.request(`/api/v1/resources/${id}/publish`, send({}))).status).toBe(200);
    const download = `${baseUrl}/api/v1/resources/${id}/files/${fileId}/download`;
    expect((await fetch(download)).status).toBe(200);

    expect((await librarian.request(`/api/v1/resources/${id}/withdraw`, send({ reason: "Mualliflik huquqi egasining talabi bilan." }))).status).toBe(200);

    const visitor = await (await browser.newContext()).newPage();
    expect((await visitor.goto(`${baseUrl}/resources/${id}`))?.status()).toBe(200);
    await expect(visitor.locator("h1").innerText()).resolves.toBe("Eskirgan qo'llanma");
    const tombstone = await visitor.getByTestId("tombstone").innerText();
    expect(tombstone).toContain("This resource has been withdrawn");
    expect(tombstone).toContain("Mualliflik huquqi egasining talabi bilan.");
    expect(await visitor.getByRole("heading", { name: "Files" }).count()).toBe(0);
    await expect(visitor.locator('meta[name="robots"]').getAttribute("content")).resolves.toContain("noindex");
    await visitor.screenshot({ path: "tests/e2e/__screenshots__/tombstone.png", fullPage: true });
    expect((await fetch(download)).status).toBe(404);

    // Its library's staff still reach the file (to restore or archive it).
    expect((await librarian.request(`/api/v1/resources/${id}/files/${fileId}/download`)).status).toBe(200);
  });
});
