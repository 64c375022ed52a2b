import { rm } from "node:fs/promises";
import path from "node:path";
import { applyMigrations } from "@/lib/server/database/apply-migrations";
import { startEmbeddedPostgres, type TEmbeddedPostgres } from "@/lib/server/database/start-embedded-postgres";
import { freePort } from "./free-port";

export type TRestartableDatabase = {
  url: string;
  // PostgreSQL's own fast shutdown: open connections are ended, new ones refused.
  stopServer: () => Promise<void>;
  // The same cluster on the same port again.
  startServer: () => Promise<void>;
  stop: () => Promise<void>;
};

// An embedded PostgreSQL of the test's own (never DATABASE_URL's server, which other tests
// share), migrated, that the test may stop and start under a running app.
export async function startRestartableDatabase(dataDir: string): Promise<TRestartableDatabase> {
  const port = await freePort();
  let server: TEmbeddedPostgres | null = await startEmbeddedPostgres({ dataDir, port });
  const url = server.url;
  await applyMigrations(url);
  return {
    url,
    async stopServer() {
      await server?.stop();
      server = null;
    },
    async startServer() {
      server ??= await startEmbeddedPostgres({ dataDir, port });
    },
    async stop() {
      await server?.stop();
      server = null;
      await rm(path.join(dataDir, "postgres"), { recursive: true, force: true });
    },
  };
}
