// `npm run bench:stats -- --events 10000000 [--resources 50000] [--days 400]`: fills a
// throw-away embedded PostgreSQL with N usage events (and one search for every nine) over the
// last D days, rolls them up with the worker's own job, then times every dashboard query
// (network and one library; last 30 days and last 12 months, by day and by month), each run
// several times. Prints each query's median and worst time against the 200 ms target. With
// --reuse DIR the database in DIR is kept, and reused (only the queries timed) when it is
// already filled.
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import type { TViewer } from "@/lib/authz/types";
import { makeTestDir } from "../tests/support/make-test-dir";
import { openBenchDatabase } from "./lib/open-bench-database";
import { generateBenchResources } from "./lib/generate-bench-resources";
import { generateBenchUsage } from "./lib/generate-bench-usage";
import { loadPools } from "./lib/search-bench-data";

const { values } = parseArgs({ options: { events: { type: "string", default: "10000000" }, resources: { type: "string", default: "50000" }, days: { type: "string", default: "400" }, runs: { type: "string", default: "5" }, reuse: { type: "string" } } });
const [events, resources, days, runs] = [Number(values.events), Number(values.resources), Number(values.days), Number(values.runs)];
const log = (message: string) => console.log(`[bench:stats] ${message}`);
const dir = values.reuse ? path.resolve(values.reuse) : await makeTestDir("bench-stats");
await mkdir(dir, { recursive: true });
const { url, client, stop } = await openBenchDatabase(dir);
process.env.DATABASE_URL = url;
process.env.DATA_DIR = dir;
try {
  const filled = Number((await client.query(`SELECT count(*) FROM "UsageEvent"`)).rows[0].count);
  if (filled === events) {
    log(`reusing ${filled.toLocaleString("en")} events and their rollups in ${dir}`);
    await timeQueries();
  } else await fill();
} finally {
  await stop();
  if (!values.reuse) await rm(dir, { recursive: true, force: true });
}

async function fill() {
  await client.query(`TRUNCATE "Resource", "UsageEvent", "SearchLog", "UsageDailyTotal", "UsageDailyByInstitution", "UsageDailyByCountry", "UsageDailyByResource", "UsageMonthlyByResource", "SearchDaily", "ZeroResultTermDaily", "RollupDay" CASCADE`);
  await generateBenchResources(client, resources, await loadPools(), log);
  // Publication history for the uploads and turnaround tables: submitted up to 20 days earlier.
  await client.query(`UPDATE "Resource" SET "createdAt" = "publishedAt" - interval '30 days', "submittedAt" = "publishedAt" - (random() * 20 * interval '1 day')`);
  await client.query(`UPDATE "Resource" SET "publishedAt" = now() - random() * ${days} * interval '1 day' WHERE random() < 0.2`);
  await generateBenchUsage(client, events, days, log);
  await client.query("ANALYZE");

  const { rollUpDay } = await import("@/lib/server/stats/roll-up-day");
  const started = performance.now();
  for (let d = days; d >= 0; d--) {
    await rollUpDay(new Date(Date.now() - d * 86_400_000));
    if (d % 50 === 0) log(`rolled up to ${d} days ago (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  log(`rollups built: ${days + 1} days in ${((performance.now() - started) / 1000).toFixed(1)} s (${((performance.now() - started) / (days + 1)).toFixed(0)} ms a day)`);
  await client.query("ANALYZE");
  const counts = (await client.query(`SELECT (SELECT count(*) FROM "UsageEvent") AS events, (SELECT count(*) FROM "SearchLog") AS searches, (SELECT count(*) FROM "UsageDailyByResource") AS daily, (SELECT count(*) FROM "UsageMonthlyByResource") AS monthly`)).rows[0];
  log(`${Number(counts.events).toLocaleString("en")} usage events, ${Number(counts.searches).toLocaleString("en")} searches; rollup rows: ${Number(counts.daily).toLocaleString("en")} daily per resource, ${Number(counts.monthly).toLocaleString("en")} monthly per resource`);
  await timeQueries();
}

async function timeQueries() {
  const q = {
    usageOverTime: (await import("@/lib/server/stats/get-usage-over-time")).getUsageOverTime,
    byInstitution: (await import("@/lib/server/stats/get-usage-by-institution")).getUsageByInstitution,
    byCountry: (await import("@/lib/server/stats/get-usage-by-country")).getUsageByCountry,
    topResources: (await import("@/lib/server/stats/get-top-resources")).getTopResources,
    uploads: (await import("@/lib/server/stats/get-uploads-by-institution")).getUploadsByInstitution,
    turnaround: (await import("@/lib/server/stats/get-review-turnaround")).getReviewTurnaround,
    searches: (await import("@/lib/server/stats/get-searches-over-time")).getSearchesOverTime,
    zeroTerms: (await import("@/lib/server/stats/get-zero-result-terms")).getZeroResultTerms,
    dashboard: (await import("@/lib/server/stats/get-stats-dashboard")).getStatsDashboard,
  };
  const admin: TViewer = { id: "00000000-0000-7000-8000-000000000000", email: "bench@kitab.example", name: "Bench", role: "ADMIN", countryCode: null, institutionId: null };
  const today = new Date().toISOString().slice(0, 10);
  const ago = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
  const cases = [
    { label: "network, 30 days by day", scope: "network", from: ago(29), to: today, granularity: "day" as const },
    { label: "network, 12 months by month", scope: "network", from: ago(364), to: today, granularity: "month" as const },
    { label: "UZ, 30 days by day", scope: "UZ", from: ago(29), to: today, granularity: "day" as const },
    { label: "UZ, 12 months by week", scope: "UZ", from: ago(364), to: today, granularity: "week" as const },
  ];
  let worst = 0;
  for (const c of cases) {
    const options = { viewer: admin, scope: c.scope, from: c.from, to: c.to, granularity: c.granularity, languages: ["en"] };
    const calls: Record<string, () => Promise<unknown>> = {
      usageOverTime: () => q.usageOverTime(options),
      byInstitution: () => q.byInstitution(options),
      byCountry: () => q.byCountry(options),
      topResources20: () => q.topResources({ ...options, limit: 20 }),
      topResources1000: () => q.topResources({ ...options, limit: 1000 }),
      uploads: () => q.uploads(options),
      turnaround: () => q.turnaround(options),
      searches: () => q.searches(options),
      zeroTerms: () => q.zeroTerms(options),
      "whole dashboard": () => q.dashboard({ ...options, resourceLimit: 20 }),
    };
    const line: string[] = [];
    for (const [name, call] of Object.entries(calls)) {
      await call(); // first run warms the cache, as a dashboard reloaded would
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await call();
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      worst = Math.max(worst, times.at(-1)!);
      line.push(`${name} ${times[Math.floor(times.length / 2)]!.toFixed(0)}/${times.at(-1)!.toFixed(0)}`);
    }
    log(`${c.label} (median/worst ms): ${line.join(", ")}`);
  }
  log(`slowest query run: ${worst.toFixed(0)} ms (target < 200 ms each)`);
}
