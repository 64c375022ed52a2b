// `npm run bench:load [-- --resources 100000 --seconds 60 --searchers 50 --uploads 5 --keep]`:
// a production build of Kitab over N generated, indexed resources (the corpus's words, as
// bench:search makes them) under autocannon: `searchers` concurrent search clients (70 % the
// JSON API, 30 % the HTML search page; one words, two words, facet filters, page 2, in
// Russian, Uzbek in both scripts, Kazakh and English) while `uploads` contributors each upload
// a few-MB PDF again and again through tus in 1 MiB chunks, to S3 when a Ceph RADOS Gateway can
// be started, else to the local disk. Prints throughput, search latency percentiles, errors
// (non-2xx, socket errors, timeouts; 429s apart), the uploads' count, MB/s and errors, and
// PASS/FAIL against the targets: no errors, search p95 under 200 ms. The per-IP rate limits
// are switched off for the run (one client IP would trip them). --keep keeps the generated
// database in .test-data/bench-load-<N> and reuses it next time (generating 100k takes minutes).
import { chmod, mkdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureBuilt } from "../tests/support/ensure-built";
import { freePort } from "../tests/support/free-port";
import { launchApp, waitForHealthy } from "../tests/support/launch-app";
import { makeTestDir } from "../tests/support/make-test-dir";
import { descendantCpuSeconds } from "../tests/support/process-memory";
import { benchLoadPrepareDatabase } from "./lib/bench-load-prepare-database";
import { benchLoadQueries, type TBenchLoadQuery } from "./lib/bench-load-queries";
import { benchLoadReport } from "./lib/bench-load-report";
import { benchLoadSearch } from "./lib/bench-load-search";
import { benchLoadStorage } from "./lib/bench-load-storage";
import { benchLoadUploaders } from "./lib/bench-load-uploads";

const { values } = parseArgs({
  options: {
    resources: { type: "string", default: "100000" },
    seconds: { type: "string", default: "60" },
    searchers: { type: "string", default: "50" },
    uploads: { type: "string", default: "5" },
    "upload-mib": { type: "string", default: "4" },
    storage: { type: "string", default: "auto" },
    keep: { type: "boolean", default: false },
    // Searches per second for all searchers together (an open load, as many users with pauses
    // make); unset, each searcher sends its next search as soon as the last is answered.
    rate: { type: "string" },
  },
});
const [resources, seconds, searchers, uploaders, uploadMib] = [values.resources, values.seconds, values.searchers, values.uploads, values["upload-mib"]].map(Number) as [number, number, number, number, number];
const storageChoice = values.storage as "auto" | "s3" | "disk";
const rate = values.rate === undefined ? undefined : Number(values.rate);
if (rate !== undefined && !(Number.isInteger(rate) && rate >= 1)) {
  console.error("--rate: expected a whole number of searches per second (at least 1)");
  process.exit(2);
}
if (![resources, seconds, searchers, uploaders, uploadMib].every((n) => Number.isInteger(n) && n >= 0) || resources < 1000 || seconds < 1 || searchers < 1 || uploadMib < 1 || !["auto", "s3", "disk"].includes(storageChoice)) {
  console.error("usage: npm run bench:load -- [--resources N (≥ 1000)] [--seconds S] [--searchers N] [--uploads N] [--upload-mib N] [--storage auto|s3|disk] [--keep]");
  process.exit(2);
}
const log = (message: string) => console.log(`[bench:load] ${message}`);
const RATE_LIMITS_OFF = { RATE_LIMIT_SEARCH_PER_MINUTE: "0", RATE_LIMIT_API_PER_MINUTE: "0" };

const dbDir = values.keep ? path.resolve(".test-data", `bench-load-${resources}`) : await makeTestDir("bench-load-db");
if (values.keep) {
  await mkdir(dbDir, { recursive: true });
  await chmod(dbDir, 0o755); // the embedded PostgreSQL may run as another user (see make-test-dir.ts)
}
// Undone in reverse order whatever happens: the app, S3, the run's folder, PostgreSQL.
const cleanup: (() => Promise<unknown>)[] = [];
let passed = false;
try {
  const database = await benchLoadPrepareDatabase(dbDir, resources, log);
  cleanup.unshift(() => database.stop());
  await ensureBuilt();
  const runDir = await makeTestDir("bench-load-run");
  cleanup.unshift(() => rm(runDir, { recursive: true, force: true }));
  const storage = await benchLoadStorage(runDir, storageChoice, log);
  cleanup.unshift(() => storage.stop());
  const port = await freePort();
  const app = launchApp({
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATA_DIR: runDir,
    DATABASE_URL: database.url,
    // The app alone is measured; file processing has its own benchmark (bench:worker).
    WORKER: "off",
    SEED_DEMO: "off",
    ...RATE_LIMITS_OFF,
    ...storage.env,
  });
  cleanup.unshift(() => app.stop());
  await waitForHealthy(app, 120_000);
  const queries = benchLoadQueries(database.pools, database.subjects, 5000, 11);
  const found = await warmUp(app.baseUrl, queries.slice(0, 200));
  log(`warm-up: ${found} of 200 searches of the mix found something`);
  const uploads = await benchLoadUploaders({ baseUrl: app.baseUrl, databaseUrl: database.url, clients: uploaders, mib: uploadMib, chunkMib: 1 });

  log(`running: ${searchers} searchers${rate ? ` at ${rate} searches/s together` : ""} + ${uploaders} uploaders for ${seconds} s`);
  const cpu = { app: descendantCpuSeconds(app.pid, /server\.mjs/), postgres: descendantCpuSeconds(process.pid, /postgres/), bench: process.cpuUsage() };
  const [parts, uploaded] = await Promise.all([
    benchLoadSearch({ baseUrl: app.baseUrl, queries: queries.slice(200), connections: searchers, seconds, timeoutSeconds: 10, rate }),
    uploads.run(Date.now() + seconds * 1000),
  ]);
  const benchCpu = process.cpuUsage(cpu.bench);

  console.log("");
  console.log(`Kitab under load: ${resources.toLocaleString("en")} resources, ${searchers} searchers${rate ? ` at ${rate} searches/s together (open load)` : " (each sends its next search when answered)"} + ${uploaders} uploaders (${uploadMib} MiB files, 1 MiB tus chunks) for ${seconds} s`);
  console.log(`production build (next build, NODE_ENV=production); uploads to ${storage.description}; background worker off`);
  console.log(`per-IP rate limits: off for this run (${Object.entries(RATE_LIMITS_OFF).map(([k, v]) => `${k}=${v}`).join(", ")})`);
  passed = benchLoadReport({ parts, uploads: uploaded, seconds, print: (line) => console.log(line) });
  const used = (n: number) => `${n.toFixed(0)} CPU s (${((n / seconds) * 100).toFixed(0)} %)`;
  console.log(`CPU over the run (${os.availableParallelism()} cores, ${seconds} s): app ${used(descendantCpuSeconds(app.pid, /server\.mjs/) - cpu.app)}, PostgreSQL ${used(descendantCpuSeconds(process.pid, /postgres/) - cpu.postgres)}, load generator ${used((benchCpu.user + benchCpu.system) / 1e6)}`);
} finally {
  for (const step of cleanup) await step().catch((error: unknown) => console.error(error));
  if (!values.keep) await rm(dbDir, { recursive: true, force: true });
}
// Explicitly: the embedded PostgreSQL's exit hook (async-exit-hook) ends the process with 0
// on beforeExit, whatever process.exitCode says.
process.exit(passed ? 0 : 1);

// Each search of a sample once, a few at a time: the first requests of a fresh server (route
// compilation into memory, PostgreSQL's cache) are not what a running library answers.
async function warmUp(baseUrl: string, sample: TBenchLoadQuery[]): Promise<number> {
  let found = 0;
  for (let i = 0; i < sample.length; i += 10) {
    await Promise.all(
      sample.slice(i, i + 10).map(async (query, j) => {
        const response = await fetch(`${baseUrl}${query.api}`);
        if (!response.ok) throw new Error(`warm-up search ${query.api} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
        if (((await response.json()) as { total: number }).total > 0) found++;
        if (j > 2) return;
        const page = await fetch(`${baseUrl}${query.page}`);
        await page.text();
        if (page.status !== 200) throw new Error(`warm-up page ${query.page} answered ${page.status}`);
      }),
    );
  }
  return found;
}
