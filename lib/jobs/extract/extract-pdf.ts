import { runPdfThread } from "./run-pdf-thread";
import type { TExtractLimits } from "./types";

// The text layer of a PDF, page by page with pdf.js (the same library the browser preview
// uses), within the page, character and time limits, in a thread of its own. No fonts are
// loaded or rendered.
export function extractPdf(data: Uint8Array, limits: TExtractLimits): Promise<{ text: string; truncated: boolean }> {
  return runPdfThread(data, { task: "text", maxPages: limits.maxPages, maxChars: limits.maxChars }, limits.deadline);
}
