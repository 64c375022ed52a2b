import "server-only";
import type { TDb } from "@/lib/server/database/create-db";
import { refreshSearchDocuments } from "./refresh-search-documents";

// Run at every start (with the seed): indexes published resources that have no search row
// yet (after an upgrade, a restore, or rows written outside the app) and drops rows of
// resources no longer published. Cheap when nothing is missing.
export async function syncSearchIndex(db: TDb): Promise<number> {
  const stale = await db.$queryRaw<{ id: string }[]>`
    SELECT r.id FROM "Resource" r LEFT JOIN "SearchDocument" d ON d."resourceId" = r.id
    WHERE r.status = 'PUBLISHED' AND d."resourceId" IS NULL
    UNION ALL
    SELECT d."resourceId" FROM "SearchDocument" d JOIN "Resource" r ON r.id = d."resourceId" WHERE r.status <> 'PUBLISHED'`;
  await refreshSearchDocuments(stale.map((r) => r.id), db);
  return stale.length;
}
