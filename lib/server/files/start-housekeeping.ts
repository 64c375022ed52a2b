import "server-only";
import { getObjectStore } from "@/lib/storage/get-object-store";
import { getTusServer } from "./get-tus-server";
import { logger } from "@/lib/log/logger";

const HOUR = 3600_000;

// At start: make sure the bucket exists. Then hourly: drop partial uploads older than
// UPLOAD_EXPIRY_HOURS (and their unfinished S3 multipart uploads).
export async function startHousekeeping(): Promise<void> {
  try {
    await getObjectStore().check();
  } catch (error) {
    logger.error({ err: error }, "storage: not usable at start (see /api/ready)");
  }
  const clean = async () => {
    try {
      const removed = await getTusServer().cleanUpExpiredUploads();
      if (removed > 0) logger.info({ removed }, "uploads: removed expired partial uploads");
    } catch (error) {
      logger.error({ err: error }, "uploads: cleaning expired uploads failed");
    }
  };
  setInterval(() => void clean(), HOUR).unref();
  setTimeout(() => void clean(), 60_000).unref();
}
