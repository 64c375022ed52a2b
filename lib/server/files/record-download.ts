import "server-only";
import { createHash } from "node:crypto";
import type { TMaybeViewer } from "@/lib/authz/types";
import { getEnv } from "@/lib/env";
import { getDb } from "@/lib/server/database/get-db";

// One download, with no more about the person than statistics need: their institution and
// country when signed in; otherwise a hash of address and browser that changes every day, so
// visits can be told apart within a day but never traced back.
export async function recordDownload(options: { viewer: TMaybeViewer; resourceId: string; fileId: string; ip: string; userAgent: string }) {
  const day = new Date().toISOString().slice(0, 10);
  const visitorHash = options.viewer
    ? null
    : createHash("sha256").update(`${getEnv().AUTH_SECRET ?? "kitab"}|${day}|${options.ip}|${options.userAgent}`).digest("hex").slice(0, 32);
  const db = getDb();
  await db.$transaction([
    db.downloadEvent.create({
      data: {
        resourceId: options.resourceId,
        fileId: options.fileId,
        userId: options.viewer?.id ?? null,
        institutionId: options.viewer?.institutionId ?? null,
        countryCode: options.viewer?.countryCode ?? null,
        visitorHash,
      },
    }),
    // Search sorts by downloads without counting events on every query.
    db.$executeRaw`UPDATE "SearchDocument" SET "downloadCount" = "downloadCount" + 1 WHERE "resourceId" = ${options.resourceId}::uuid`,
  ]);
}
