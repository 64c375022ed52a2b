import "server-only";
import { getDb } from "@/lib/server/database/get-db";
import { enqueueFileProcessing } from "./enqueue-file-processing";

// Files still pending a while after they were stored (imported from the command line, stored
// while the queue was unreachable, or left by a crash mid-job) are queued again. Processing
// is idempotent, so a file queued twice is merely processed twice.
export async function sweepPendingFiles(olderThanMinutes = 10): Promise<number> {
  const before = new Date(Date.now() - olderThanMinutes * 60_000);
  // A file still "processing" after an hour lost its worker (stopped, or out of memory on it):
  // it is marked failed rather than tried forever; a librarian can re-run it.
  await getDb().resourceFile.updateMany({
    where: { processingStatus: "PROCESSING", processingStartedAt: { lt: new Date(Date.now() - 60 * 60_000) } },
    data: { processingStatus: "FAILED", processingError: "processing did not finish (the worker stopped or ran out of memory on this file)" },
  });
  const files = await getDb().resourceFile.findMany({
    where: { processingStatus: "PENDING", createdAt: { lt: before } },
    select: { id: true },
    take: 10_000,
  });
  await enqueueFileProcessing(files.map((f) => f.id));
  return files.length;
}
