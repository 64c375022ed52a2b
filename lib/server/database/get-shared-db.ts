import "server-only";
import { getEnv } from "@/lib/env";
import { createDb, type TDb } from "./create-db";

// One client per purpose and process, on DATABASE_URL; kept on globalThis so dev-mode hot
// reloads don't open new pools.
const holder = globalThis as unknown as { kitabDbs?: Map<string, TDb> };

export function getSharedDb(purpose: string, settings: Record<string, string> = {}): TDb {
  holder.kitabDbs ??= new Map();
  let db = holder.kitabDbs.get(purpose);
  if (!db) {
    const url = getEnv().DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start Kitab with `npm start`, which provides the embedded database");
    db = createDb(url, settings);
    holder.kitabDbs.set(purpose, db);
  }
  return db;
}
