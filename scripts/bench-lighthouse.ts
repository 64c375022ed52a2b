// `npm run bench:lighthouse [-- --path /search?q=fizika]`: Lighthouse (mobile preset: a mid-range
// phone on simulated slow 4G) against the app started as `npm start` does with its demo data, in
// Debian's Chromium. Prints the performance and accessibility scores (target ≥ 90 each) and the
// main metrics.
import { rm } from "node:fs/promises";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { ensureBuilt } from "../tests/support/ensure-built";
import { freePort } from "../tests/support/free-port";
import { launchApp, waitForHealthy } from "../tests/support/launch-app";
import { makeTestDir } from "../tests/support/make-test-dir";

const { values } = parseArgs({ options: { path: { type: "string", default: "/search?q=fizika" } } });
const log = (message: string) => console.log(`[bench:lighthouse] ${message}`);
const dir = await makeTestDir("bench-lighthouse");
await ensureBuilt();
const port = await freePort();
const app = launchApp({ PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, EMBEDDED_PG_PORT: String(await freePort()), DATA_DIR: dir, WORKER: "off", SEED_DEMO: "on" });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  await waitForHealthy(app, 120_000);
  const url = `${app.baseUrl}${values.path}`;
  await fetch(url); // the server's first render of the page is not what a visitor meets
  const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
  const lhr = result!.lhr;
  const audit = (id: string) => lhr.audits[id]?.displayValue ?? "n/a";
  log(`${url} (${lhr.configSettings.formFactor}, ${lhr.configSettings.throttlingMethod} throttling, ${Math.round(lhr.configSettings.throttling.rttMs ?? 0)} ms RTT, ${Math.round((lhr.configSettings.throttling.throughputKbps ?? 0) / 1024 * 10) / 10} Mbit/s)`);
  log(`performance ${Math.round((lhr.categories.performance?.score ?? 0) * 100)}, accessibility ${Math.round((lhr.categories.accessibility?.score ?? 0) * 100)} (target ≥ 90 each)`);
  log(`first contentful paint ${audit("first-contentful-paint")}, largest contentful paint ${audit("largest-contentful-paint")}, total blocking time ${audit("total-blocking-time")}, layout shift ${audit("cumulative-layout-shift")}, speed index ${audit("speed-index")}, ${audit("total-byte-weight")}`);
  const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && lhr.categories.accessibility?.auditRefs.some((r) => r.id === a.id));
  if (failing.length) log(`accessibility audits below 0.9: ${failing.map((a) => a.id).join(", ")}`);
} finally {
  await chrome.kill();
  await app.stop();
  await rm(dir, { recursive: true, force: true });
}
