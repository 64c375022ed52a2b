import "server-only";
import type PgBoss from "pg-boss";
import { getQueue, PROCESS_FILE } from "@/lib/jobs/get-queue";
import { logger } from "@/lib/log/logger";
import type { TDb } from "@/lib/server/database/create-db";
import { getDb } from "@/lib/server/database/get-db";
import { getObjectStore } from "@/lib/storage/get-object-store";
import type { TObjectStore } from "@/lib/storage/object-store";

type TPart = "ok" | "unavailable";
export type TReadiness = { status: "ok" | "error"; database: TPart; storage: TPart; queue: TPart; queuedJobs?: number };

const TIMEOUT_MS = 3000;

async function probe<T>(check: () => Promise<T>, part: string): Promise<{ state: TPart; value?: T }> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const value = await Promise.race([
      check(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("timed out")), TIMEOUT_MS);
      }),
    ]);
    return { state: "ok", value };
  } catch (error) {
    logger.warn({ part, reason: error instanceof Error ? error.message : String(error) }, "readiness check failed");
    return { state: "unavailable" };
  } finally {
    clearTimeout(timer);
  }
}

// Can this instance serve: the database answers, the object store can be written, the job
// queue takes jobs (it also says how many wait, for whoever watches the workers). All three
// probed at once, each bounded, so a hung dependency cannot hang the probe.
export async function checkReadiness(
  options: { db?: () => TDb; store?: () => TObjectStore; queue?: () => Promise<PgBoss> } = {},
): Promise<TReadiness> {
  const db = options.db ?? getDb;
  const store = options.store ?? getObjectStore;
  const queue = options.queue ?? getQueue;
  const [database, storage, jobs] = await Promise.all([
    probe(() => db().$queryRaw`SELECT 1`, "database"),
    probe(() => store().check(), "storage"),
    probe(async () => (await queue()).getQueueSize(PROCESS_FILE), "queue"),
  ]);
  const ok = database.state === "ok" && storage.state === "ok" && jobs.state === "ok";
  return {
    status: ok ? "ok" : "error",
    database: database.state,
    storage: storage.state,
    queue: jobs.state,
    ...(jobs.value !== undefined ? { queuedJobs: jobs.value } : {}),
  };
}
