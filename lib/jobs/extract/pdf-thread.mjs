// Runs inside a worker thread started by run-pdf-thread.ts, one per file. Plain JavaScript on
// purpose: the thread starts without tsx, whose transform and source maps made pdf.js take
// four times the memory (570 MB against 140 MB for a 100-page PDF, measured). The thread is
// thrown away after one file, so whatever pdf.js keeps goes with it.
import { parentPort, workerData } from "node:worker_threads";

// pdf.js keeps what it parsed for every page until the document is closed (about 1.5 MB a
// page of plain text was measured), so long documents are read in batches, each from a fresh
// copy of the document: memory stays flat whatever the page count.
const PAGES_PER_OPENING = 20;
const OPTIONS = { isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false };

const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");

class Refused extends Error {}

async function open(data) {
  try {
    // pdf.js takes over (detaches) the buffer it is given: hand it a copy.
    return await pdfjs.getDocument({ ...OPTIONS, data: data.slice(), standardFontDataUrl: workerData.standardFonts }).promise;
  } catch (error) {
    throw new Refused(`not a readable PDF (${error instanceof Error ? error.message : String(error)})`);
  }
}

async function text({ data, maxPages, maxChars }) {
  let doc = await open(data);
  const total = doc.numPages;
  const pages = Math.min(total, maxPages);
  let out = "";
  try {
    for (let n = 1; n <= pages && out.length < maxChars; n++) {
      if (n > 1 && (n - 1) % PAGES_PER_OPENING === 0) {
        await doc.destroy();
        doc = await open(data);
      }
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      out += content.items.map((item) => (item.str ?? "") + (item.hasEOL ? "\n" : " ")).join("") + "\n\n";
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return { text: out.slice(0, maxChars), truncated: total > pages || out.length > maxChars };
}

// The first page drawn at `width` pixels wide, as PNG bytes.
async function firstPage({ data, width }) {
  const doc = await open(data);
  try {
    const page = await doc.getPage(1);
    const unscaled = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: Math.min(4, width / unscaled.width) });
    const { canvas, context } = doc.canvasFactory.create(Math.ceil(viewport.width), Math.min(Math.ceil(viewport.height), width * 3));
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas, canvasContext: context, viewport }).promise;
    return { png: canvas.toBuffer("image/png") };
  } finally {
    await doc.destroy();
  }
}

try {
  const result = workerData.task === "text" ? await text(workerData) : await firstPage(workerData);
  parentPort.postMessage({ ok: true, ...result });
} catch (error) {
  parentPort.postMessage(error instanceof Refused ? { ok: false, reason: error.message } : { ok: false, crash: error instanceof Error ? error.stack ?? error.message : String(error) });
}
