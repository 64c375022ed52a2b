import { describe, expect, inject, it } from "vitest";
import { makeDocx, makePdf } from "../support/document-fixtures";
import { HttpSession } from "../support/http-session";
import { tusUpload } from "../support/tus-upload";
import { until } from "../support/until";

const baseUrl = inject("baseUrl");
const send = (body: unknown) => ({ method: "POST", headers: { origin: baseUrl, "content-type": "application/json" }, body: JSON.stringify(body) });

// The worker started by `npm start` takes the text out of uploaded files into the search index.
describe("file processing", () => {
  it("finds a published resource by a sentence inside its document within 30 s", async () => {
    const librarian = new HttpSession(baseUrl);
    await librarian.signIn("librarian-uz@kitab.example", "kitab-demo-password");
    const created = await librarian.request(
      "/api/v1/resources",
      send({ library: "UZ", title: { "uz-Latn": "Kvant mexanikasi" }, description: { "uz-Latn": "Ma'ruzalar." }, authors: [{ name: "Demo Author" }], subjects: ["0533"], languages: ["uz-Latn"], level: "bachelor", type: "lecture_notes", license: "CC BY 4.0", year: 2025 }),
    );
    const { id } = (await created.json()) as { id: string };
    const sentence = "Zarracha va toʻlqin dualizmi geyzenbergning noaniqlik munosabatlari bilan tushuntiriladi";
    await tusUpload(Buffer.from(makeDocx(["Birinchi ma'ruza.", sentence])), { endpoint: `${baseUrl}/api/uploads`, cookie: librarian.cookie(), metadata: { resourceId: id, filename: "maruza.docx" } });
    await tusUpload(Buffer.from(makePdf(["Half a file"]).subarray(0, 80)), { endpoint: `${baseUrl}/api/uploads`, cookie: librarian.cookie(), metadata: { resourceId: id, filename: "broken.pdf" } }).catch(() => null);
    expect((await librarian.request(`/api/v1/resources/${id}/submit`, send({}))).status).toBe(200);
    expect((await librarian.request(`/api/v1/resources/${id}/publish`, send({}))).status).toBe(200);

    const started = Date.now();
    await until(async () => {
      const response = await fetch(`${baseUrl}/api/v1/search?q=${encodeURIComponent("geyzenberg noaniqlik munosabatlari")}`);
      const body = (await response.json()) as { items: { id: string }[] };
      return body.items.some((i) => i.id === id) ? true : null;
    }, 30);
    console.log(`[processing] found by its text ${Date.now() - started} ms after publishing`);

    // The malformed PDF is marked, with the reason, and did not stop the resource's publication.
    const page = await until(async () => {
      const html = await (await librarian.request(`/resources/${id}`)).text();
      return html.includes("not a readable PDF") ? html : null;
    }, 30);
    expect(page).toContain("text indexed");
    expect(page).toContain("no text taken");
  });
});
