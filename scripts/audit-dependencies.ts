// `npm run audit:deps`: npm audit of the production dependencies at high severity, less the
// advisories excused in audit-allowlist.json (each with a reason and an end date). Exit 0:
// clean; 1: advisories to deal with; 2: not checked (the registry's audit endpoint could not
// be reached), which CI reports as such rather than as clean.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { auditFindings, type TAllowEntry } from "./lib/audit-findings";

const threshold = "high";
const allowList = JSON.parse(readFileSync(new URL("../audit-allowlist.json", import.meta.url), "utf8")) as { entries: TAllowEntry[] };
const run = spawnSync("npm", ["audit", "--omit=dev", `--audit-level=${threshold}`, "--json"], { encoding: "utf8", timeout: 120_000 });
const outcome = auditFindings(run.stdout ?? "", allowList.entries, { threshold, today: new Date().toISOString().slice(0, 10) });

if (outcome.kind === "unchecked") {
  console.log(`dependency audit: NOT CHECKED — ${outcome.reason}`);
  process.exit(2);
}
for (const entry of outcome.expired) console.log(`dependency audit: allow-list entry expired on ${entry.until}: ${entry.package} ${entry.advisory}`);
for (const finding of outcome.allowed) console.log(`dependency audit: allowed ${finding.severity} ${finding.package} ${finding.advisory} (see audit-allowlist.json)`);
for (const finding of outcome.blocking) console.log(`dependency audit: ${finding.severity} ${finding.package} ${finding.advisory} ${finding.title}`);
console.log(`dependency audit: ${outcome.blocking.length} advisor${outcome.blocking.length === 1 ? "y" : "ies"} at ${threshold} or above, ${outcome.allowed.length} allowed`);
process.exit(outcome.blocking.length > 0 ? 1 : 0);
