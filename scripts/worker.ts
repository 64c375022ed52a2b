// `npm run worker`: the background worker (file processing). `npm start` runs one alongside
// the app unless WORKER=off; more can run on other machines against the same DATABASE_URL and
// storage. Same settings as `npm start`: with the embedded database it uses the running one,
// or starts it while it works.
import { runWorker } from "@/lib/jobs/run-worker";
import { openScriptDatabase } from "./lib/open-script-database";

const log = (message: string) => console.log(`[worker] ${message}`);
const database = await openScriptDatabase(log);
const stop = await runWorker(log);
let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  log("stopping: letting running jobs finish");
  await stop().catch((error: unknown) => console.error(error));
  await database.close();
  process.exit(0);
};
process.on("SIGINT", () => void shutdown());
process.on("SIGTERM", () => void shutdown());
