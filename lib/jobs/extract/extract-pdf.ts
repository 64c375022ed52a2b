import { checkDeadline, ExtractionRefused, type TExtractLimits } from "./types";

type TTextItem = { str?: string; hasEOL?: boolean };

// The text layer of a PDF, page by page with pdf.js (the same library the browser preview
// uses), within the page, character and time limits. No fonts are loaded or rendered.
export async function extractPdf(data: Uint8Array, limits: TExtractLimits): Promise<{ text: string; truncated: boolean }> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let doc;
  try {
    // pdf.js takes over (detaches) the buffer it is given: hand it a copy.
    doc = await pdfjs.getDocument({ data: data.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false }).promise;
  } catch (error) {
    throw new ExtractionRefused(`not a readable PDF (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    let text = "";
    const pages = Math.min(doc.numPages, limits.maxPages);
    for (let n = 1; n <= pages && text.length < limits.maxChars; n++) {
      checkDeadline(limits);
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      text += (content.items as TTextItem[]).map((item) => (item.str ?? "") + (item.hasEOL ? "\n" : " ")).join("") + "\n\n";
      page.cleanup();
    }
    return { text: text.slice(0, limits.maxChars), truncated: doc.numPages > pages || text.length > limits.maxChars };
  } finally {
    await doc.destroy();
  }
}
