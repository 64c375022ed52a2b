// `npm run bench:search -- --records 100000 [--queries 1000] [--reuse DIR]`: generates N
// multilingual resources from the corpus's real vocabulary, builds the search index with
// the app's own indexer and times it, then runs a fixed mix of queries (filters, facets,
// sorts) through searchResources, the function behind the API, and prints p50/p95/p99.
// With --reuse DIR the cluster in DIR is kept, and reused when it already holds N resources;
// --slowest lists the 40 slowest queries.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { openBenchDatabase } from "./lib/open-bench-database";
import { generateBenchResources } from "./lib/generate-bench-resources";
import { BENCH_LANGUAGES, loadPools, seededRandom, type TPools } from "./lib/search-bench-data";
import { makeTestDir } from "../tests/support/make-test-dir";
import { buildBenchIndex } from "./lib/build-bench-index";

const { values } = parseArgs({ options: { records: { type: "string", default: "100000" }, queries: { type: "string", default: "1000" }, reuse: { type: "string" }, slowest: { type: "boolean", default: false } } });
const records = Number(values.records);
const queryCount = Number(values.queries);
if (!Number.isInteger(records) || records < 1000 || !Number.isInteger(queryCount) || queryCount < 10) {
  console.error("usage: npm run bench:search -- --records N (≥ 1000) [--queries N] [--reuse DIR]");
  process.exit(2);
}
const log = (message: string) => console.log(`[bench:search] ${message}`);
const dir = values.reuse ? path.resolve(values.reuse) : await makeTestDir("bench-search");
await mkdir(dir, { recursive: true });
const { url, client, stop } = await openBenchDatabase(dir);
process.env.DATABASE_URL = url;

try {
  log("reading the corpus's vocabulary");
  const pools = await loadPools();
  const have = Number((await client.query(`SELECT count(*) FROM "SearchDocument"`)).rows[0].count);
  if (have !== records) {
    await client.query(`TRUNCATE "Resource" CASCADE; TRUNCATE "SearchTerm"`);
    await generateBenchResources(client, records, pools, log);
    await buildBenchIndex(client, log);
  } else log(`reusing ${have.toLocaleString("en")} indexed resources in ${dir}`);
  await client.query("ANALYZE");
  const sizes = (await client.query(`SELECT pg_size_pretty(pg_total_relation_size('"SearchDocument"')) AS docs, pg_size_pretty(pg_relation_size('"SearchDocument_vector_idx"')) AS gin, pg_size_pretty(pg_relation_size('"SearchDocument_headVector_idx"')) AS head`)).rows[0];
  log(`index: SearchDocument ${sizes.docs} in all, GIN ${sizes.gin}, head GIN ${sizes.head}`);
  await runQueries(pools);
} finally {
  await stop();
  if (!values.reuse) await (await import("node:fs/promises")).rm(dir, { recursive: true, force: true });
}

// 50% one common word, 20% two words, 10% a rare word, 10% a misspelt word, 10% no words
// (browsing); half with a library, language or type filter; mostly by relevance.
async function runQueries(pools: TPools) {
  const { searchResources } = await import("@/lib/server/search/search-resources");
  const { ZSearchParams } = await import("@/lib/schemas/search");
  const random = seededRandom(7);
  const common = (lang: (typeof BENCH_LANGUAGES)[number]) => pools[lang][Math.floor(random() * Math.min(300, pools[lang].length))]!;
  const rare = (lang: (typeof BENCH_LANGUAGES)[number]) => pools[lang][Math.floor(pools[lang].length / 2 + random() * (pools[lang].length / 2))]!;
  const typo = (word: string) => (word.length > 4 ? word.slice(0, 2) + word[3] + word[2] + word.slice(4) : word);
  const mix = Array.from({ length: queryCount + 100 }, () => {
    const lang = BENCH_LANGUAGES[Math.floor(random() * BENCH_LANGUAGES.length)]!;
    const r = random();
    const q = r < 0.5 ? common(lang) : r < 0.7 ? `${common(lang)} ${common(lang)}` : r < 0.8 ? rare(lang) : r < 0.9 ? typo(rare(lang)) : "";
    const f = random();
    const filter = f < 0.2 ? { library: ["UZ", "KZ", "KG", "TJ", "TM"][Math.floor(random() * 5)] } : f < 0.35 ? { language: lang } : f < 0.5 ? { type: "textbook" } : {};
    const s = random();
    return { q, ...filter, ...(s < 0.1 ? { sort: "newest" } : s < 0.15 ? { sort: "downloads" } : {}) };
  });
  const times: number[] = [];
  const slow: [number, unknown][] = [];
  for (const [i, raw] of mix.entries()) {
    const params = ZSearchParams.parse(raw);
    const started = performance.now();
    await searchResources({ viewer: null, params, preferredLanguages: ["ru"] });
    if (i >= 100) times.push(performance.now() - started); // the first 100 warm the caches
    if (values.slowest) slow.push([performance.now() - started, raw]);
  }
  times.sort((a, b) => a - b);
  if (values.slowest) for (const [ms, raw] of slow.sort((a, b) => b[0] - a[0]).slice(0, 40)) log(`slow: ${ms.toFixed(0)} ms ${JSON.stringify(raw)}`);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(1);
  log(`${times.length} queries over ${records.toLocaleString("en")} resources: p50 ${at(50)} ms, p95 ${at(95)} ms, p99 ${at(99)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
  log("(each: the ranked page, the total, seven facets, any did-you-mean retry, titles and highlighted snippets)");
}
