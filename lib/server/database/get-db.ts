import "server-only";
import { getEnv } from "@/lib/env";
import { createDb, type TDb } from "./create-db";

// One client per process; kept on globalThis so dev-mode hot reloads don't open new pools.
const holder = globalThis as unknown as { kitabDb?: TDb };

export function getDb(): TDb {
  if (!holder.kitabDb) {
    const url = getEnv().DATABASE_URL;
    if (!url) {
      throw new Error("DATABASE_URL is not set: start Kitab with `npm start`, which provides the embedded database");
    }
    holder.kitabDb = createDb(url);
  }
  return holder.kitabDb;
}
