import "server-only";
import type { TMaybeViewer } from "@/lib/authz/types";
import { isRobot } from "@/lib/stats/is-robot";
import { getDb } from "@/lib/server/database/get-db";
import { recordUsage } from "@/lib/server/stats/record-usage";

// One download as a usage event (COUNTER's rules: see recordUsage), and one more for search's
// "most downloaded" order. Robots' downloads count for neither, so skip them before any query.
export async function recordDownload(options: { viewer: TMaybeViewer; resourceId: string; fileId: string; libraryCountry: string; ip: string; userAgent: string }) {
  if (isRobot(options.userAgent)) return;
  await getDb().$transaction(async (tx) => {
    const counted = await recordUsage({ ...options, kind: "DOWNLOAD" }, tx);
    // Search sorts by downloads without counting events on every query.
    if (counted) await tx.$executeRaw`UPDATE "SearchDocument" SET "downloadCount" = "downloadCount" + 1 WHERE "resourceId" = ${options.resourceId}::uuid`;
  });
}
