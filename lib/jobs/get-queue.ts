import "server-only";
import PgBoss from "pg-boss";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/log/logger";

export const PROCESS_FILE = "process-file";
// A file's processing is retried with growing delays (10 s, 20 s, 40 s, 80 s), then marked failed.
export const RETRIES = { retryLimit: 4, retryDelay: 10, retryBackoff: true };
const holder = globalThis as unknown as { kitabQueue?: Promise<PgBoss> };

// The job queue (pg-boss, in PostgreSQL's "pgboss" schema: no other server). Started once per
// process; the app only sends jobs, the worker (`npm run worker`) also runs them.
export function getQueue(options: { supervise?: boolean } = {}): Promise<PgBoss> {
  holder.kitabQueue ??= (async () => {
    const env = getEnv();
    if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: start Kitab with `npm start`");
    const boss = new PgBoss({ connectionString: env.DATABASE_URL, max: 4, supervise: options.supervise ?? false, schedule: false });
    boss.on("error", (error) => logger.error({ err: error }, "queue error"));
    await boss.start();
    await boss.createQueue(PROCESS_FILE, { name: PROCESS_FILE, ...RETRIES, expireInSeconds: env.EXTRACT_TIMEOUT_SECONDS + 120 });
    return boss;
  })();
  holder.kitabQueue.catch(() => (holder.kitabQueue = undefined));
  return holder.kitabQueue;
}
