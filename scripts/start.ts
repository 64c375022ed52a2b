// `npm start` / `npm run dev`: validates the settings, starts the embedded PostgreSQL when
// DATABASE_URL is not set, applies migrations, seeds, builds if the build is stale, then
// runs Next. SIGINT/SIGTERM stop Next first, then PostgreSQL.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { EnvError, getEnv } from "@/lib/env";
import { readOrCreateAuthSecret } from "@/lib/server/auth/read-or-create-auth-secret";
import { applyMigrations } from "@/lib/server/database/apply-migrations";
import { createDb } from "@/lib/server/database/create-db";
import { startEmbeddedPostgres, type TEmbeddedPostgres } from "@/lib/server/database/start-embedded-postgres";
import { seedDatabase } from "@/lib/server/seed/seed-database";
import { buildIsStale } from "./lib/build-is-stale";
import { runNext } from "./lib/run-next";
import { WORKER_ARGS } from "./lib/worker-command";

const log = (message: string) => console.log(`[kitab] ${message}`);
const dev = process.argv.includes("--dev");
// Tests build once up front (tests/support/ensure-built.ts) and start many instances.
const skipBuild = process.argv.includes("--no-build");

let env;
try {
  env = getEnv();
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

let embedded: TEmbeddedPostgres | undefined;
let next: ChildProcess | undefined;
let worker: ChildProcess | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  const stopChild = async (child: ChildProcess | undefined) => {
    if (!child || child.exitCode !== null) return;
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  };
  await Promise.all([stopChild(next), stopChild(worker)]);
  if (embedded) {
    log("Stopping the embedded PostgreSQL");
    await embedded.stop().catch((error: unknown) => console.error(error));
  }
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(130));
process.on("SIGTERM", () => void shutdown(143));

// A secret made on this machine suits the self-contained setup only: replicas sharing a
// database must all sign sessions with the same one, given to each of them.
if (env.DATABASE_URL && !env.AUTH_SECRET) {
  console.error("Invalid configuration:\n  AUTH_SECRET: required when DATABASE_URL is set (the same on every instance; e.g. `openssl rand -base64 32`)");
  process.exit(1);
}

try {
  await mkdir(env.DATA_DIR, { recursive: true, mode: 0o755 });
  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    log(`Starting the embedded PostgreSQL (data in ${env.DATA_DIR}, port ${env.EMBEDDED_PG_PORT})`);
    embedded = await startEmbeddedPostgres({ dataDir: env.DATA_DIR, port: env.EMBEDDED_PG_PORT, log });
    databaseUrl = embedded.url;
  }
  log("Applying database migrations");
  await applyMigrations(databaseUrl);
  const db = createDb(databaseUrl);
  const seeded = await seedDatabase({ db, demo: env.SEED_DEMO, demoPassword: env.DEMO_PASSWORD });
  await db.$disconnect();
  if (seeded.reference + seeded.demo > 0) {
    log(`Seeded ${seeded.reference} reference rows and ${seeded.demo} demo rows`);
  }
  if (!dev && !skipBuild && (await buildIsStale())) {
    log("Building the app (first start or changed sources)");
    const code = await runNext(["build"], { env: process.env, wait: true });
    if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
  }
  if (stopping) process.exit(0);
  const authSecret = env.AUTH_SECRET ?? (await readOrCreateAuthSecret(env.DATA_DIR));
  next = await runNext(dev ? ["serve", "--dev"] : ["serve"], {
    env: { ...process.env, PORT: String(env.PORT), DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret, NODE_ENV: dev ? "development" : "production" },
    wait: false,
  });
  next.on("exit", (code) => void shutdown(code ?? 1));
  if (env.WORKER && !dev) {
    // The background worker (file text, search index) in its own process, so a heavy PDF
    // never slows the app; it is restarted if it dies.
    const startWorker = () => {
      worker = spawn(process.execPath, WORKER_ARGS, {
        stdio: "inherit",
        env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
      });
      worker.on("exit", (code) => {
        if (!stopping) {
          log(`The worker stopped (code ${code}); starting it again in 5 s`);
          setTimeout(() => !stopping && startWorker(), 5000);
        }
      });
    };
    startWorker();
  }
} catch (error) {
  console.error(`[kitab] Start failed: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}
