import { checkDeadline, ExtractionRefused, type TExtractLimits } from "./types";

type TTextItem = { str?: string; hasEOL?: boolean };
// pdf.js keeps what it parsed for every page until the document is closed (about 1.5 MB a
// page of plain text was measured), so long documents are read in batches, each from a fresh
// copy of the document: memory stays flat whatever the page count.
const PAGES_PER_OPENING = 20;

async function open(data: Uint8Array) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  try {
    // pdf.js takes over (detaches) the buffer it is given: hand it a copy.
    return await pdfjs.getDocument({ data: data.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false }).promise;
  } catch (error) {
    throw new ExtractionRefused(`not a readable PDF (${error instanceof Error ? error.message : String(error)})`);
  }
}

// The text layer of a PDF, page by page with pdf.js (the same library the browser preview
// uses), within the page, character and time limits. No fonts are loaded or rendered.
export async function extractPdf(data: Uint8Array, limits: TExtractLimits): Promise<{ text: string; truncated: boolean }> {
  let doc = await open(data);
  const total = doc.numPages;
  const pages = Math.min(total, limits.maxPages);
  let text = "";
  try {
    for (let n = 1; n <= pages && text.length < limits.maxChars; n++) {
      checkDeadline(limits);
      if (n > 1 && (n - 1) % PAGES_PER_OPENING === 0) {
        await doc.destroy();
        doc = await open(data);
      }
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      text += (content.items as TTextItem[]).map((item) => (item.str ?? "") + (item.hasEOL ? "\n" : " ")).join("") + "\n\n";
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return { text: text.slice(0, limits.maxChars), truncated: total > pages || text.length > limits.maxChars };
}
