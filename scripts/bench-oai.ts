// `npm run bench:oai -- --records 100000 [--format oai_dc|lrmi]`: generates N published
// resources (10 % network-only, each with a file row) in a throw-away embedded PostgreSQL,
// starts the app against it and harvests the whole repository with ListRecords, following the
// resumption tokens. Prints the harvest time, records per second, the pages' latency
// percentiles and the app's resident memory over the harvest (flat means no growth with the
// number of records).
import { rm } from "node:fs/promises";
import { parseArgs } from "node:util";
import { ensureBuilt } from "../tests/support/ensure-built";
import { freePort } from "../tests/support/free-port";
import { launchApp, waitForHealthy } from "../tests/support/launch-app";
import { makeTestDir } from "../tests/support/make-test-dir";
import { descendantRss } from "../tests/support/process-memory";
import { openBenchDatabase } from "./lib/open-bench-database";
import { generateBenchResources } from "./lib/generate-bench-resources";
import { loadPools } from "./lib/search-bench-data";

const { values } = parseArgs({ options: { records: { type: "string", default: "100000" }, format: { type: "string", default: "oai_dc" } } });
const records = Number(values.records);
const log = (message: string) => console.log(`[bench:oai] ${message}`);
const dir = await makeTestDir("bench-oai");
await ensureBuilt();
const { url, client, stop } = await openBenchDatabase(dir);
const port = await freePort();
const app = launchApp({ PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, DATA_DIR: dir, DATABASE_URL: url, WORKER: "off", SEED_DEMO: "off" });
try {
  await generateBenchResources(client, records, await loadPools(), log, { files: true });
  await client.query("ANALYZE");
  const expected = Number((await client.query(`SELECT count(*) FROM "Resource" WHERE visibility = 'PUBLIC'`)).rows[0].count);
  await waitForHealthy(app, 120_000);

  const rss = () => descendantRss(app.pid, /./);
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(rss()), 250);
  const latencies: number[] = [];
  const started = performance.now();
  let query = `verb=ListRecords&metadataPrefix=${values.format}`;
  let harvested = 0;
  let bytes = 0;
  for (;;) {
    const t = performance.now();
    const body = await (await fetch(`${app.baseUrl}/oai?${query}`)).text();
    latencies.push(performance.now() - t);
    bytes += body.length;
    if (body.includes("<error")) throw new Error(`OAI-PMH error: ${/<error[^>]*>[^<]*/.exec(body)?.[0]}`);
    harvested += body.split("<record>").length - 1;
    const token = /<resumptionToken[^>]*>([^<]+)<\/resumptionToken>/.exec(body)?.[1];
    if (!token) break;
    query = `verb=ListRecords&resumptionToken=${encodeURIComponent(token)}`;
    if (latencies.length % 200 === 0) log(`${harvested.toLocaleString("en")} records, app RSS ${(rss() / 1048576).toFixed(0)} MB`);
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(0);
  const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;
  const tenth = samples.slice(0, Math.max(1, Math.floor(samples.length / 10)));
  log(`harvested ${harvested.toLocaleString("en")} of ${expected.toLocaleString("en")} public records (${values.format}) in ${seconds.toFixed(1)} s: ${Math.round(harvested / seconds)} records/s, ${latencies.length} pages, ${(bytes / 1048576).toFixed(0)} MB of XML`);
  log(`page latency p50 ${at(50)} ms, p95 ${at(95)} ms, max ${latencies.at(-1)!.toFixed(0)} ms`);
  log(`app RSS: first tenth of the harvest max ${mb(Math.max(...tenth))}, whole harvest max ${mb(Math.max(...samples))}, at the end ${mb(samples.at(-1)!)}`);
  if (harvested !== expected) process.exitCode = 1;
} finally {
  await app.stop();
  await stop();
  await rm(dir, { recursive: true, force: true });
}
