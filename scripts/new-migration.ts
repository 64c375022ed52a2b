// `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name> for the
// changes in prisma/schema.prisma, using a throw-away embedded PostgreSQL (nothing else needed).
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "@/lib/server/database/apply-migrations";
import { startEmbeddedPostgres } from "@/lib/server/database/start-embedded-postgres";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:new-migration -- <name in lower_snake_case>");
  process.exit(2);
}
const dir = await mkdtemp(path.join(os.tmpdir(), "kitab-migration-"));
await (await import("node:fs/promises")).chmod(dir, 0o755);
const server = await startEmbeddedPostgres({ dataDir: dir, port: 54398 });
try {
  await applyMigrations(server.url);
  const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "dev", "--name", name], {
    stdio: "inherit",
    // The CLI child inherits PATH and the like; the URL is the throw-away server's.
    env: { ...process.env, DATABASE_URL: server.url, CHECKPOINT_DISABLE: "1" },
  });
  process.exitCode = result.status ?? 1;
} finally {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
}
