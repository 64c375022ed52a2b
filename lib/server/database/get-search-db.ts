import "server-only";
import { getEnv } from "@/lib/env";
import { createDb, type TDb } from "./create-db";

const holder = globalThis as unknown as { kitabSearchDb?: TDb };

// Search's own connections, with sequential scans discouraged. For a common word the planner
// prefers a sequential scan with an early LIMIT, not knowing that each row's vector must then
// be read (often out of line, in TOAST): measured at 100k resources, 47 ms against 9 ms for
// the bitmap scan of the GIN indexes. Every search filter has an index, so nothing is lost.
export function getSearchDb(): TDb {
  if (!holder.kitabSearchDb) {
    const url = getEnv().DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start Kitab with `npm start`, which provides the embedded database");
    holder.kitabSearchDb = createDb(url, { enable_seqscan: "off" });
  }
  return holder.kitabSearchDb;
}
