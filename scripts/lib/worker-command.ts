// How the worker process is started (by `npm start` and bench:worker; `npm run worker` in
// package.json says the same). A heap limit makes V8 collect between files instead of growing.
// pdf.js runs in a thread per file with its own cap (lib/jobs/extract/run-pdf-thread.ts): over
// 100 PDFs of 100 pages the whole worker peaked at 319 MB RSS (it was 647 MB with pdf.js in the
// main thread under tsx, 1.1 GB without a heap limit).
export const WORKER_ARGS = ["--max-old-space-size=320", "--conditions=react-server", "--import", "tsx", new URL("../worker.ts", import.meta.url).pathname];
