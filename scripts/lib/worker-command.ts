// How the worker process is started (by `npm start` and bench:worker; `npm run worker` in
// package.json says the same). A small heap limit makes V8 collect between files instead of
// growing: pdf.js leaves much garbage per document (measured over 100 PDFs of 100 pages: 1.1 GB
// peak RSS without a limit, 647 MB with this one; 224 MB of heap ran out: pdf.js's code with
// its in-process "fake worker" alone is about 150 MB of heap).
export const WORKER_ARGS = ["--max-old-space-size=320", "--conditions=react-server", "--import", "tsx", new URL("../worker.ts", import.meta.url).pathname];
