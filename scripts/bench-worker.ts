// `npm run bench:worker [-- --files 100 --pages 100]`: the worker takes the text out of N PDFs
// of P pages each while the app answers searches. Prints the worker's time and peak memory
// (target under 512 MB) and the app's search latency meanwhile. Uses DATABASE_URL when set,
// otherwise a throw-away embedded PostgreSQL; files on the local disk store.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "@/lib/server/database/create-db";
import { seedReferenceData } from "@/lib/server/seed/seed-reference-data";
import { createLocalDiskStore } from "@/lib/storage/create-local-disk-store";
import { makePdf } from "../tests/support/document-fixtures";
import { ensureBuilt } from "../tests/support/ensure-built";
import { freePort } from "../tests/support/free-port";
import { launchApp, waitForHealthy } from "../tests/support/launch-app";
import { makeTestDir } from "../tests/support/make-test-dir";
import { descendantRss } from "../tests/support/process-memory";
import { startTestDatabase } from "../tests/support/start-test-database";
import { loadPools, seededRandom, words } from "./lib/search-bench-data";
import { WORKER_ARGS } from "./lib/worker-command";

const { values } = parseArgs({ options: { files: { type: "string", default: "100" }, pages: { type: "string", default: "100" } } });
const fileCount = Number(values.files);
const pageCount = Number(values.pages);
const log = (message: string) => console.log(`[bench:worker] ${message}`);
const dir = await makeTestDir("bench-worker");
await ensureBuilt();
const database = await startTestDatabase(dir);
const db = createDb(database.url);
const port = await freePort();
const app = launchApp({ PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, DATA_DIR: dir, DATABASE_URL: database.url, WORKER: "off", SEED_DEMO: "off" });
try {
  await seedReferenceData(db);
  await waitForHealthy(app, 120_000);
  log(`making ${fileCount} PDFs of ${pageCount} pages`);
  const random = seededRandom(3);
  const pool = (await loadPools()).en.filter((w) => /^[a-z]+$/.test(w));
  const library = await db.library.findUniqueOrThrow({ where: { countryCode: "UZ" }, include: { hostInstitution: true } });
  const store = createLocalDiskStore(path.join(dir, "storage"));
  const fileIds: string[] = [];
  let bytes = 0;
  for (let f = 0; f < fileCount; f++) {
    const pages = Array.from({ length: pageCount }, () => Array.from({ length: 40 }, () => words(random, pool, 8, 12)).join("\n"));
    const pdf = Buffer.from(makePdf(pages));
    bytes += pdf.length;
    const resource = await db.resource.create({
      data: { libraryId: library.id, institutionId: library.hostInstitutionId!, status: "PUBLISHED", publishedAt: new Date(), title: { en: `Benchmark book ${f + 1}` }, languages: ["en"], license: "https://creativecommons.org/licenses/by/4.0/" },
    });
    const objectKey = `file-${randomUUID().replaceAll("-", "")}`;
    await store.put(objectKey, pdf, pdf.length);
    const file = await db.resourceFile.create({ data: { resourceId: resource.id, objectKey, originalName: `book-${f + 1}.pdf`, size: BigInt(pdf.length), mediaType: "application/pdf", sha256: randomUUID().replaceAll("-", "").padEnd(64, "0") } });
    fileIds.push(file.id);
  }
  log(`${(bytes / 1024 / 1024).toFixed(1)} MiB of PDFs stored; starting the worker and queueing them`);
  process.env.DATABASE_URL = database.url;
  process.env.DATA_DIR = dir;
  const { enqueueFileProcessing } = await import("@/lib/server/processing/enqueue-file-processing");
  const worker = spawn(process.execPath, WORKER_ARGS, { env: { ...process.env, DATABASE_URL: database.url, DATA_DIR: dir }, stdio: ["ignore", "ignore", "inherit"] });
  let peak = 0;
  // The worker process with everything it starts (its threads count within it; tsx's esbuild
  // service and any ffmpeg are its children).
  const sampler = setInterval(() => (peak = Math.max(peak, descendantRss(process.pid, /scripts\/worker\.ts/) + descendantRss(worker.pid!, /./))), 100);
  const started = Date.now();
  await enqueueFileProcessing(fileIds);
  const latencies: number[] = [];
  let done = 0;
  let workerExit: number | null | undefined;
  worker.on("exit", (code) => (workerExit = code));
  while (done < fileIds.length) {
    if (workerExit !== undefined) throw new Error(`the worker stopped (exit ${workerExit}) with ${done} of ${fileIds.length} files done`);
    const t = performance.now();
    const response = await fetch(`${app.baseUrl}/api/v1/search?q=${pool[Math.floor(random() * 200)]}`);
    await response.arrayBuffer();
    latencies.push(performance.now() - t);
    done = await db.resourceFile.count({ where: { id: { in: fileIds }, processingStatus: { in: ["DONE", "NOT_EXTRACTABLE", "FAILED"] } } });
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const seconds = (Date.now() - started) / 1000;
  clearInterval(sampler);
  worker.kill("SIGTERM");
  const outcomes = await db.resourceFile.groupBy({ by: ["processingStatus"], where: { id: { in: fileIds } }, _count: true });
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(0);
  log(`${fileCount} PDFs × ${pageCount} pages: ${seconds.toFixed(1)} s (${((fileCount * pageCount) / seconds).toFixed(0)} pages/s); ${outcomes.map((o) => `${o._count} ${o.processingStatus.toLowerCase()}`).join(", ")}`);
  log(`worker peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB, with its child processes (target < 512 MB)`);
  log(`app searches meanwhile: ${latencies.length} requests, p50 ${at(50)} ms, p95 ${at(95)} ms, max ${latencies.at(-1)!.toFixed(0)} ms`);
} finally {
  await app.stop();
  await db.$disconnect();
  await database.stop();
  await rm(dir, { recursive: true, force: true });
}
