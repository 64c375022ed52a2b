import { extractPdf } from "./extract-pdf";
import { extractEpub, extractOfficeXml, sniffZip } from "./extract-zipped-xml";
import { htmlToText } from "./html-to-text";
import { judgeText } from "./judge-text";
import { ExtractionRefused, type TExtracted, type TExtractLimits } from "./types";

const OFFICE: Record<string, "docx" | "pptx" | "odf"> = {
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
  "application/vnd.oasis.opendocument.text": "odf",
  "application/vnd.oasis.opendocument.presentation": "odf",
};

// The text inside a stored file, by its detected media type. A file that cannot give text
// (a malformed one, garbage text, a type without text) gets the reason instead; only bugs throw.
export async function extractText(data: Uint8Array, mediaType: string, limits: TExtractLimits): Promise<TExtracted> {
  try {
    let result: { text: string; truncated: boolean };
    if (mediaType === "application/pdf") result = await extractPdf(data, limits);
    else if (OFFICE[mediaType]) result = extractOfficeXml(data, OFFICE[mediaType], limits);
    else if (mediaType === "application/epub+zip") result = extractEpub(data, limits);
    else if (mediaType === "application/zip") {
      const inside = sniffZip(data);
      if (!inside) return { ok: false, reason: "a ZIP archive without a document or book inside" };
      result = inside === "epub" ? extractEpub(data, limits) : extractOfficeXml(data, inside, limits);
    }
    else if (mediaType === "text/html" || mediaType === "application/xhtml+xml") result = { text: htmlToText(decode(data)), truncated: false };
    else if (mediaType.startsWith("text/")) result = { text: decode(data).slice(0, limits.maxChars), truncated: data.length > limits.maxChars };
    else return { ok: false, reason: `no text is taken from ${mediaType} files` };
    const text = result.text.replace(/\u0000/g, "").replace(/[ \t]+/g, " ").trim();
    const garbage = judgeText(text);
    return garbage ? { ok: false, reason: garbage } : { ok: true, text, truncated: result.truncated };
  } catch (error) {
    if (error instanceof ExtractionRefused) return { ok: false, reason: error.message };
    throw error;
  }
}

const decode = (data: Uint8Array) => new TextDecoder("utf-8", { fatal: false }).decode(data);
