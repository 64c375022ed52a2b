import "server-only";
import { getQueue, PROCESS_FILE, RETRIES } from "@/lib/jobs/get-queue";
import { getDb } from "@/lib/server/database/get-db";

// Asks the worker to (re)process these files: text extraction, then the search index. The
// files show as pending until it has. Reprocessing a file twice does no harm.
export async function enqueueFileProcessing(fileIds: string[]): Promise<void> {
  if (!fileIds.length) return;
  await getDb().resourceFile.updateMany({ where: { id: { in: fileIds } }, data: { processingStatus: "PENDING", processingError: null } });
  const queue = await getQueue();
  await queue.insert(fileIds.map((fileId) => ({ name: PROCESS_FILE, data: { fileId }, ...RETRIES })));
}
