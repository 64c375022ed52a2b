import "server-only";
import { resourceWhere } from "@/lib/authz/resource-where";
import type { TViewer } from "@/lib/authz/types";
import { getDb } from "@/lib/server/database/get-db";

// Files of the librarian's library whose processing failed after every retry, newest first,
// with the reason: what to re-run or replace.
export function listFailedFiles(options: { viewer: TViewer; take?: number }) {
  return getDb().resourceFile.findMany({
    where: { processingStatus: "FAILED", replacedById: null, resource: resourceWhere(options.viewer, "review") },
    orderBy: { createdAt: "desc" },
    take: options.take ?? 50,
    select: { id: true, originalName: true, processingError: true, resource: { select: { id: true, title: true, languages: true } } },
  });
}
