import "server-only";
import { getObjectStore } from "@/lib/storage/get-object-store";
import { getTusServer } from "./get-tus-server";

const HOUR = 3600_000;

// At start: make sure the bucket exists. Then hourly: drop partial uploads older than
// UPLOAD_EXPIRY_HOURS (and their unfinished S3 multipart uploads).
export async function startHousekeeping(): Promise<void> {
  try {
    await getObjectStore().check();
  } catch (error) {
    console.error("storage: not usable at start (see /api/health):", error instanceof Error ? error.message : error);
  }
  const clean = async () => {
    try {
      const removed = await getTusServer().cleanUpExpiredUploads();
      if (removed > 0) console.info(`uploads: removed ${removed} expired partial upload(s)`);
    } catch (error) {
      console.error("uploads: cleaning expired uploads failed:", error instanceof Error ? error.message : error);
    }
  };
  setInterval(() => void clean(), HOUR).unref();
  setTimeout(() => void clean(), 60_000).unref();
}
