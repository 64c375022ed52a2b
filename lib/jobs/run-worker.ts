import "server-only";
import type PgBoss from "pg-boss";
import { getEnv } from "@/lib/env";
import { markProcessingFailed } from "@/lib/server/processing/mark-processing-failed";
import { processFile } from "@/lib/server/processing/process-file";
import { sweepPendingFiles } from "@/lib/server/processing/sweep-pending-files";
import { updateUsageStatistics } from "@/lib/server/stats/update-usage-statistics";
import { getQueue, PROCESS_FILE } from "./get-queue";
import { logger } from "@/lib/log/logger";

type TJob = PgBoss.JobWithMetadata<{ fileId?: unknown }>;
const SWEEP_MINUTES = 10;
const STATS_MINUTES = 5;

// The background worker: takes file-processing jobs from the queue, WORKER_CONCURRENCY at a
// time. A job that throws is retried by the queue; on its last attempt the file is marked
// failed with the error. Returns a stop function that lets running jobs finish.
export async function runWorker(log: (message: string) => void = console.log): Promise<() => Promise<void>> {
  const boss = await getQueue({ supervise: true });
  const concurrency = getEnv().WORKER_CONCURRENCY;
  for (let i = 0; i < concurrency; i++) {
    await boss.work<{ fileId?: unknown }>(PROCESS_FILE, { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true }, async ([job]: TJob[]) => {
      const fileId = typeof job!.data.fileId === "string" ? job!.data.fileId : null;
      if (!fileId) return; // a malformed job: nothing to retry
      const started = Date.now();
      try {
        const outcome = await processFile(fileId, log);
        log(`file ${fileId}: ${outcome.toLowerCase()} in ${Date.now() - started} ms`);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        log(`file ${fileId}: attempt ${job!.retryCount + 1} failed: ${reason}`);
        if (job!.retryCount >= job!.retryLimit) await markProcessingFailed(fileId, reason);
        throw error;
      }
    });
  }
  log(`worker: taking jobs (${concurrency} at a time)`);
  const timers = [
    repeat("sweep", SWEEP_MINUTES, async () => {
      const queued = await sweepPendingFiles();
      if (queued) log(`queued ${queued} files left pending`);
    }),
    repeat("usage statistics", STATS_MINUTES, () => updateUsageStatistics(log)),
  ];
  return async () => {
    timers.forEach(clearInterval);
    await boss.stop({ graceful: true, timeout: 30_000, wait: true } as PgBoss.StopOptions);
  };
}

// A housekeeping task, now and every `minutes`: a round still running when the next is due is
// not doubled, and a failure is logged, never the worker's end.
function repeat(name: string, minutes: number, task: () => Promise<void>): NodeJS.Timeout {
  let running: Promise<void> | null = null;
  const round = () => {
    running ??= task()
      .catch((error: unknown) => logger.error({ err: error, task: name }, "scheduled task failed"))
      .finally(() => (running = null));
  };
  round();
  return setInterval(round, minutes * 60_000);
}
