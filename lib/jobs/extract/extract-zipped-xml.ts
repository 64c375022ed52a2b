import { unzipSync } from "fflate";
import { htmlToText } from "./html-to-text";
import { checkDeadline, ExtractionRefused, type TExtractLimits } from "./types";

const MAX_UNZIPPED = 200 * 1024 * 1024;
const decoder = new TextDecoder("utf-8", { fatal: false });

// The XML parts of a ZIP-packaged document, by name, refusing archives that unpack to more
// than MAX_UNZIPPED (a "zip bomb").
function unzipText(data: Uint8Array, wanted: (name: string) => boolean): Map<string, string> {
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, {
      filter: (file) => {
        if (!wanted(file.name)) return false;
        total += file.originalSize;
        if (total > MAX_UNZIPPED) throw new ExtractionRefused("unpacks to more than 200 MB");
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ExtractionRefused) throw error;
    throw new ExtractionRefused(`not a readable ZIP package (${error instanceof Error ? error.message : String(error)})`);
  }
  return new Map(Object.entries(files).map(([name, bytes]) => [name, decoder.decode(bytes)]));
}

const naturalOrder = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true });
// Paragraph-like elements of Office and OpenDocument XML become line breaks; the rest is text.
const xmlText = (xml: string) => htmlToText(xml.replace(/<\/(w:p|a:p|text:p|text:h)>/g, "</p>").replace(/<(w:tab|text:tab|w:br|a:br)\b[^>]*\/?>/g, " "));

// DOCX, PPTX (slides in order), ODT and ODP.
export function extractOfficeXml(data: Uint8Array, kind: "docx" | "pptx" | "odf", limits: TExtractLimits): { text: string; truncated: boolean } {
  const pattern = kind === "docx" ? /^word\/(document|footnotes|endnotes)\.xml$/ : kind === "pptx" ? /^ppt\/slides\/slide\d+\.xml$/ : /^content\.xml$/;
  const parts = unzipText(data, (name) => pattern.test(name));
  if (!parts.size) throw new ExtractionRefused(`not a ${kind.toUpperCase()} document (its text part is missing)`);
  let text = "";
  for (const name of [...parts.keys()].sort(naturalOrder)) {
    checkDeadline(limits);
    text += `${xmlText(parts.get(name)!)}\n\n`;
    if (text.length > limits.maxChars) break;
  }
  return { text: text.slice(0, limits.maxChars), truncated: text.length > limits.maxChars };
}

// EPUB: the reading order from the package when it can be found, otherwise every XHTML/HTML
// file in name order, so that books that break the packaging rules (no mimetype, files
// outside the declared folders, a missing container.xml) still give their text.
export function extractEpub(data: Uint8Array, limits: TExtractLimits): { text: string; truncated: boolean } {
  const parts = unzipText(data, (name) => /\.(x?html?|opf|xml)$/i.test(name));
  const chapters = [...parts.keys()].filter((n) => /\.x?html?$/i.test(n));
  if (!chapters.length) throw new ExtractionRefused("not an EPUB book (no chapters found)");
  const opfName = [...parts.keys()].find((n) => n.toLowerCase().endsWith(".opf"));
  const order = opfName ? spineOrder(parts.get(opfName)!, opfName, chapters) : [];
  const ordered = [...order, ...chapters.filter((c) => !order.includes(c)).sort(naturalOrder)];
  let text = "";
  for (const name of ordered) {
    checkDeadline(limits);
    text += `${htmlToText(parts.get(name)!)}\n\n`;
    if (text.length > limits.maxChars) break;
  }
  return { text: text.slice(0, limits.maxChars), truncated: text.length > limits.maxChars };
}

function spineOrder(opf: string, opfName: string, chapters: string[]): string[] {
  const base = opfName.includes("/") ? opfName.slice(0, opfName.lastIndexOf("/") + 1) : "";
  const hrefs = new Map<string, string>();
  for (const item of opf.matchAll(/<item\b[^>]*>/g)) {
    const id = /\bid="([^"]+)"/.exec(item[0])?.[1];
    const href = /\bhref="([^"]+)"/.exec(item[0])?.[1];
    if (id && href) hrefs.set(id, decodeURIComponent(href.split("#")[0]!));
  }
  return [...opf.matchAll(/<itemref\b[^>]*\bidref="([^"]+)"/g)]
    .map((m) => hrefs.get(m[1]!))
    .filter((h): h is string => !!h)
    .map((h) => (chapters.includes(base + h) ? base + h : chapters.find((c) => c.endsWith(`/${h}`) || c === h)))
    .filter((c): c is string => !!c);
}

// What a ZIP archive holds, for archives whose type the upload could not tell from their first
// bytes (an EPUB without its mimetype entry first, or an office file packed by another tool).
export function sniffZip(data: Uint8Array): "docx" | "pptx" | "odf" | "epub" | null {
  const names: string[] = [];
  try {
    unzipSync(data, { filter: (file) => (names.push(file.name), false) });
  } catch {
    return null;
  }
  if (names.includes("word/document.xml")) return "docx";
  if (names.some((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))) return "pptx";
  if (names.includes("content.xml") && names.includes("META-INF/manifest.xml")) return "odf";
  if (names.some((n) => /\.opf$/i.test(n)) || names.filter((n) => /\.x?html?$/i.test(n)).length > 0) return "epub";
  return null;
}
