// `npm run stats:rollup [-- --days N]`: rebuilds the usage rollups of the last N days (UTC,
// today included; default 7) from the raw events, as the worker does for today and yesterday:
// after a worker was down, or to check a day's figures. A day before the retention window that
// is already rolled up is kept as it is (its raw events may be pruned). Same settings as `npm start`.
import { parseArgs } from "node:util";
import { openScriptDatabase } from "./lib/open-script-database";

const { values } = parseArgs({ options: { days: { type: "string", default: "7" } } });
const days = Number(values.days);
if (!Number.isInteger(days) || days < 1 || days > 3650) {
  console.error("usage: npm run stats:rollup [-- --days N] (N from 1 to 3650)");
  process.exit(2);
}
const log = (message: string) => console.error(`[stats:rollup] ${message}`);
const database = await openScriptDatabase(log);
const { rollUpDay } = await import("@/lib/server/stats/roll-up-day");
const { addDays, todayUtc } = await import("@/lib/stats/iso-date");

try {
  const started = Date.now();
  const today = todayUtc();
  for (let back = days - 1; back >= 0; back--) {
    const day = addDays(today, -back);
    const counted = await rollUpDay(new Date(`${day}T00:00:00Z`));
    log(counted === null ? `${day}: kept (before the retention window)` : `${day}: ${counted} views and downloads counted`);
  }
  log(`${days} days rolled up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await database.close();
  const { getDb } = await import("@/lib/server/database/get-db");
  await getDb().$disconnect();
}
