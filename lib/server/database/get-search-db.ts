import "server-only";
import type { TDb } from "./create-db";
import { getSharedDb } from "./get-shared-db";

// Search's own connections, with sequential scans discouraged. For a common word the planner
// prefers a sequential scan with an early LIMIT, not knowing that each row's vector must then
// be read (often out of line, in TOAST): measured at 100k resources, 47 ms against 9 ms for
// the bitmap scan of the GIN indexes. Every search filter has an index, so nothing is lost.
export function getSearchDb(): TDb {
  return getSharedDb("search", { enable_seqscan: "off" });
}
