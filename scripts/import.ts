// `npm run import -- --file PATH.jsonl --library UZ [--institution SLUG] [--publish] [--files DIR]`
// Loads one JSON object per line into a library (see README, "Bulk import"). Exit code 0 when
// every line went in, 1 otherwise, 2 for wrong arguments.
import { createReadStream, existsSync } from "node:fs";
import readline from "node:readline";
import { parseArgs } from "node:util";
import { EnvError, getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { importRecords } from "@/lib/server/catalogue/import-records";
import { openCliDatabase } from "@/lib/server/database/open-cli-database";

const usage = "usage: npm run import -- --file PATH.jsonl --library UZ [--institution SLUG] [--publish] [--files DIR]";
let values;
try {
  ({ values } = parseArgs({
    options: { file: { type: "string" }, library: { type: "string" }, institution: { type: "string" }, publish: { type: "boolean", default: false }, files: { type: "string" } },
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (!values.file || !values.library) {
  console.error(usage);
  process.exit(2);
}
if (!existsSync(values.file)) {
  console.error(`No such file: ${values.file}`);
  process.exit(2);
}
if (values.files && !existsSync(values.files)) {
  console.error(`No such folder: ${values.files}`);
  process.exit(2);
}

let env;
try {
  env = getEnv();
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(2);
}

const tty = process.stderr.isTTY;
const started = performance.now();
const database = await openCliDatabase(env, (m) => console.error(`[import] ${m}`));
let exitCode = 0;
try {
  // The iterator is taken at once: readline drops lines emitted before anyone iterates.
  const reader = readline.createInterface({ input: createReadStream(values.file, "utf8"), crlfDelay: Infinity });
  const iterator = reader[Symbol.asyncIterator]();
  const lines = { [Symbol.asyncIterator]: () => iterator };
  const summary = await importRecords({
    db: database.db,
    lines,
    library: values.library,
    institution: values.institution,
    publish: values.publish,
    filesDir: values.files,
    onProgress: (done) => {
      if (tty && done % 50 === 0) process.stderr.write(`\r[import] ${done} lines read`);
    },
  });
  if (tty) process.stderr.write("\r");
  for (const p of summary.problems) console.error(`line ${p.line}: skipped: ${p.message}`);
  for (const w of summary.warnings) console.error(`line ${w.line}: warning: ${w.message}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.skipped} skipped, ${summary.warnings.length} warnings (${seconds} s)`);
  exitCode = summary.skipped > 0 ? 1 : 0;
} catch (error) {
  console.error(error instanceof AppError ? error.message : error);
  exitCode = error instanceof AppError ? 2 : 1;
} finally {
  await database.close();
}
process.exit(exitCode);
