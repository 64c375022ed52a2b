import { extractPdf } from "./extract-pdf";
import { extractorFor } from "./extractor-for";
import { extractEpub, extractOfficeXml, sniffZip } from "./extract-zipped-xml";
import { htmlToText } from "./html-to-text";
import { judgeText } from "./judge-text";
import { ExtractionRefused, type TExtracted, type TExtractLimits } from "./types";

// The text inside a stored file, by its detected media type. A file that cannot give text
// (a malformed one, garbage text, a type without text) gets the reason instead; only bugs throw.
export async function extractText(data: Uint8Array, mediaType: string, limits: TExtractLimits): Promise<TExtracted> {
  try {
    let result: { text: string; truncated: boolean };
    const extractor = extractorFor(mediaType);
    if (extractor === "pdf") result = await extractPdf(data, limits);
    else if (extractor === "docx" || extractor === "pptx" || extractor === "odf") result = extractOfficeXml(data, extractor, limits);
    else if (extractor === "epub") result = extractEpub(data, limits);
    else if (extractor === "zip") {
      const inside = sniffZip(data);
      if (!inside) return { ok: false, reason: "a ZIP archive without a document or book inside" };
      result = inside === "epub" ? extractEpub(data, limits) : extractOfficeXml(data, inside, limits);
    } else if (extractor === "html") result = { text: htmlToText(decode(data)), truncated: false };
    else if (extractor === "text") result = { text: decode(data).slice(0, limits.maxChars), truncated: data.length > limits.maxChars };
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
