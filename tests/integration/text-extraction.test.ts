import { describe, expect, it } from "vitest";
import { extractText } from "@/lib/jobs/extract/extract-text";
import { makeDocx, makeEpub, makePdf, makePptx } from "../support/document-fixtures";

const limits = () => ({ maxPages: 100, maxChars: 100_000, deadline: Date.now() + 30_000 });
const text = async (data: Uint8Array, type: string) => {
  const result = await extractText(data, type, limits());
  if (!result.ok) throw new Error(result.reason);
  return result.text;
};

// Extraction from documents of our own making (the real-world samples are checked by
// `npm run check:extraction`, outside the suite).
describe("text extraction", () => {
  it("reads a PDF's text layer, page by page, within the page limit", async () => {
    const pdf = makePdf(["Thermodynamics of open systems", "Second page: entropy balance"]);
    expect(await text(pdf, "application/pdf")).toMatch(/Thermodynamics of open systems[\s\S]*entropy balance/);
    const first = await extractText(pdf, "application/pdf", { ...limits(), maxPages: 1 });
    expect(first).toMatchObject({ ok: true, truncated: true });
    expect(first.ok && first.text).not.toContain("entropy");
  });

  it("reads DOCX paragraphs in Cyrillic and Latin", async () => {
    const docx = makeDocx(["Ўқитувчилар учун қўлланма.", "Oʻqituvchilar uchun qoʻllanma."]);
    expect(await text(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")).toBe("Ўқитувчилар учун қўлланма.\nOʻqituvchilar uchun qoʻllanma.");
  });

  it("reads PPTX slides in their order (slide 10 after slide 2)", async () => {
    const slides = Array.from({ length: 11 }, (_, i) => `Слайд номер ${i + 1}`);
    const got = await text(makePptx(slides), "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    expect(got.split("\n").filter(Boolean)).toEqual(slides);
  });

  it("reads an EPUB in its spine's order, and one that breaks the packaging rules", async () => {
    expect(await text(makeEpub(["Бірінші тарау", "Екінші тарау"]), "application/epub+zip")).toMatch(/^Екінші тарау\s+Бірінші тарау$/);
    // No mimetype, no container.xml: uploads see a plain ZIP; its chapters are still read.
    expect(await text(makeEpub(["Kitob boshi"], { conforming: false }), "application/zip")).toBe("Kitob boshi");
  });

  it("marks malformed and garbled files as not extractable, with the reason", async () => {
    const truncated = makePdf(["Only half of this file arrives"]).subarray(0, 60);
    expect(await extractText(truncated, "application/pdf", limits())).toMatchObject({ ok: false, reason: expect.stringMatching(/not a readable PDF/) });
    const mojibake = makePdf(["Íå î÷åíü êðàòêîå ââåäåíèå â ñèñòåìó âåðñòêè äîêóìåíòîâ"]);
    expect(await extractText(mojibake, "application/pdf", limits())).toMatchObject({ ok: false, reason: expect.stringMatching(/garbled/) });
    expect(await extractText(new Uint8Array([1, 2, 3]), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", limits())).toMatchObject({ ok: false, reason: expect.stringMatching(/ZIP/) });
    expect(await extractText(new Uint8Array(10), "video/mp4", limits())).toMatchObject({ ok: false, reason: expect.stringMatching(/no text/) });
  });

  it("stops at the time limit", async () => {
    const result = await extractText(makePdf(["a", "b", "c"]), "application/pdf", { ...limits(), deadline: Date.now() - 1 });
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/longer than the time allowed/) });
  });
});
