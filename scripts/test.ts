// `npm test`: lint, type check, then every vitest project (unit, integration against a
// real PostgreSQL, browser tests in Chromium). Ends with one line "N passed, N failed".
// Arguments are passed to vitest and skip lint and type check: `npm test -- tests/unit`.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";

type TVitestReport = { numTotalTests: number; numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; success: boolean };

const args = process.argv.slice(2);
const bin = (name: string) => `node_modules/.bin/${name}`;

function run(command: string, commandArgs: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" } });
    child.on("error", () => resolve(127));
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

let passed = 0;
let failed = 0;
let skipped = 0;

if (args.length === 0) {
  for (const [name, command, commandArgs] of [
    ["lint", bin("eslint"), [".", "--max-warnings", "0"]],
    ["typecheck", bin("tsc"), ["--noEmit"]],
  ] as const) {
    console.log(`\n=== ${name}`);
    if ((await run(command, [...commandArgs])) === 0) passed += 1;
    else {
      failed += 1;
      console.log(`=== ${name} failed`);
    }
  }
}

const report = ".test-results/vitest.json";
await mkdir(".test-results", { recursive: true });
await rm(report, { force: true });
console.log("\n=== vitest");
const vitestCode = await run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...args]);
if (existsSync(report)) {
  const result = JSON.parse(await readFile(report, "utf8")) as TVitestReport;
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  skipped += result.numPendingTests + result.numTodoTests;
  // A crash outside any test (global setup, a file that fails to load) or a run that found no
  // tests still fails the run.
  if ((vitestCode !== 0 || !result.success || result.numTotalTests === 0) && result.numFailedTests === 0) failed += 1;
} else {
  failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
