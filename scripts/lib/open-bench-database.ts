import pg from "pg";
import { applyMigrations } from "@/lib/server/database/apply-migrations";
import { createDb } from "@/lib/server/database/create-db";
import { startEmbeddedPostgres } from "@/lib/server/database/start-embedded-postgres";
import { seedReferenceData } from "@/lib/server/seed/seed-reference-data";
import { freePort } from "../../tests/support/free-port";

// A benchmark's own embedded PostgreSQL in `dir` (kept or fresh), migrated, with the reference
// data (libraries, institutions, subjects), and a plain client for bulk SQL.
export async function openBenchDatabase(dir: string): Promise<{ url: string; client: pg.Client; stop: () => Promise<void> }> {
  const server = await startEmbeddedPostgres({ dataDir: dir, port: await freePort() });
  const client = new pg.Client({ connectionString: server.url });
  try {
    await applyMigrations(server.url);
    await client.connect();
    const db = createDb(server.url);
    await seedReferenceData(db);
    await db.$disconnect();
  } catch (error) {
    await client.end().catch(() => {});
    await server.stop();
    throw error;
  }
  return {
    url: server.url,
    client,
    stop: async () => {
      await client.end().catch(() => {});
      await server.stop();
    },
  };
}
