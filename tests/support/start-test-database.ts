import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "@/lib/server/database/apply-migrations";
import { startEmbeddedPostgres } from "@/lib/server/database/start-embedded-postgres";
import { freePort } from "./free-port";

export type TTestDatabase = { url: string; stop: () => Promise<void> };

// A fresh database with every migration applied: a throw-away database on the server
// that DATABASE_URL names when it is set, otherwise a new embedded PostgreSQL cluster.
export async function startTestDatabase(dataDir: string, options: { migrate?: boolean } = {}): Promise<TTestDatabase> {
  const external = process.env.DATABASE_URL;
  let url: string;
  let stop: () => Promise<void>;
  if (external) {
    const name = `kitab_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: external });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const testUrl = new URL(external);
    testUrl.pathname = `/${name}`;
    url = testUrl.toString();
    stop = async () => {
      const client = new pg.Client({ connectionString: external });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  } else {
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    url = server.url;
    stop = async () => {
      await server.stop();
      await rm(path.join(dataDir, "postgres"), { recursive: true, force: true });
    };
  }
  if (options.migrate !== false) await applyMigrations(url);
  return { url, stop };
}
