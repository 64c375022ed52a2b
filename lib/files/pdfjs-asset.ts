import { readFile } from "node:fs/promises";
import path from "node:path";
import { PDFJS_VERSION } from "./pdfjs-version";

// The two files of pdf.js the browser preview loads; nothing else of the package is served.
const FILES = new Set(["pdf.min.mjs", "pdf.worker.min.mjs"]);
const cache = new Map<string, Buffer>();

export async function pdfjsAsset(version: string, file: string): Promise<Buffer | null> {
  if (version !== PDFJS_VERSION || !FILES.has(file)) return null;
  const cached = cache.get(file);
  if (cached) return cached;
  // From the working directory, as the server runs (next.config.js traces these two files
  // into the standalone build).
  const body = await readFile(path.join(process.cwd(), "node_modules", "pdfjs-dist", "build", file));
  cache.set(file, body);
  return body;
}
