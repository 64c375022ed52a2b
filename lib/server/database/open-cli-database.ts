import "server-only";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import type { TEnv } from "@/lib/env";
import { seedReferenceData } from "@/lib/server/seed/seed-reference-data";
import { applyMigrations } from "./apply-migrations";
import { createDb, type TDb } from "./create-db";
import { startEmbeddedPostgres } from "./start-embedded-postgres";

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

// The database a command-line tool works on, with the same settings as `npm start`:
// DATABASE_URL; or the embedded PostgreSQL under DATA_DIR, the running one if the app is up,
// otherwise started for the duration of the command (and migrated and seeded if new).
export async function openCliDatabase(env: TEnv, log: (message: string) => void = () => {}): Promise<{ db: TDb; url: string; close: () => Promise<void> }> {
  if (env.DATABASE_URL) {
    const db = createDb(env.DATABASE_URL);
    return { db, url: env.DATABASE_URL, close: () => db.$disconnect() };
  }
  const passwordFile = path.join(env.DATA_DIR, "postgres-password");
  if (existsSync(path.join(env.DATA_DIR, "postgres", "postmaster.pid")) && existsSync(passwordFile)) {
    const password = (await readFile(passwordFile, "utf8")).trim();
    const url = `postgresql://kitab:${encodeURIComponent(password)}@127.0.0.1:${env.EMBEDDED_PG_PORT}/kitab`;
    if (await reachable(url)) {
      log(`Using the embedded PostgreSQL the app is running (port ${env.EMBEDDED_PG_PORT})`);
      const db = createDb(url);
      return { db, url, close: () => db.$disconnect() };
    }
  }
  log(`Starting the embedded PostgreSQL in ${env.DATA_DIR}`);
  const server = await startEmbeddedPostgres({ dataDir: env.DATA_DIR, port: env.EMBEDDED_PG_PORT, log });
  await applyMigrations(server.url);
  const db = createDb(server.url);
  await seedReferenceData(db);
  return {
    db,
    url: server.url,
    close: async () => {
      await db.$disconnect();
      await server.stop();
    },
  };
}
