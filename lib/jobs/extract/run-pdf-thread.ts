import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { ExtractionRefused } from "./types";

type TTask = { task: "text"; maxPages: number; maxChars: number } | { task: "first-page"; width: number };
type TAnswer<T> = ({ ok: true } & T) | { ok: false; reason?: string; crash?: string };

// pdf.js needs more than the text a few pages of a hostile file can hold: each file gets its
// own thread with a heap cap, killed at the deadline, so neither a hang nor a memory blow-up
// reaches the worker.
const HEAP_MB = 192;
const standardFonts = path.join(path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts") + path.sep;

export function runPdfThread(data: Uint8Array, task: { task: "text"; maxPages: number; maxChars: number }, deadline: number): Promise<{ text: string; truncated: boolean }>;
export function runPdfThread(data: Uint8Array, task: { task: "first-page"; width: number }, deadline: number): Promise<{ png: Uint8Array }>;
export function runPdfThread(data: Uint8Array, task: TTask, deadline: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const thread = new Worker(new URL("./pdf-thread.mjs", import.meta.url), {
      execArgv: [],
      workerData: { ...task, data, standardFonts },
      resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void thread.terminate();
      outcome();
    };
    const timer = setTimeout(() => settle(() => reject(new ExtractionRefused("took longer than the time allowed for one file"))), Math.max(0, deadline - Date.now()));
    thread.on("message", (answer: TAnswer<object>) =>
      settle(() => {
        if (answer.ok) resolve(answer);
        else if (answer.reason) reject(new ExtractionRefused(answer.reason));
        else reject(new Error(`pdf.js failed: ${answer.crash}`));
      }),
    );
    thread.on("error", (error: Error & { code?: string }) =>
      settle(() => reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? new ExtractionRefused(`needs more than the ${HEAP_MB} MB of memory one file may use`) : error)),
    );
    thread.on("exit", (code) => settle(() => reject(new Error(`the PDF thread stopped (exit ${code}) without an answer`))));
  });
}
