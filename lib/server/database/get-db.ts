import "server-only";
import type { TDb } from "./create-db";
import { getSharedDb } from "./get-shared-db";

// The app's database client.
export function getDb(): TDb {
  return getSharedDb("main");
}
