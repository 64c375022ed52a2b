import "server-only";
import { getDb } from "@/lib/server/database/get-db";

// After the last retry: the file shows as failed, with the reason, to its library's staff.
export async function markProcessingFailed(fileId: string, reason: string): Promise<void> {
  await getDb().resourceFile.updateMany({ where: { id: fileId }, data: { processingStatus: "FAILED", processingError: reason.slice(0, 1000) } });
}
