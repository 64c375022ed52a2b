import "server-only";
import { Prisma } from "@prisma/client";
import type { TDb } from "@/lib/server/database/create-db";

// Candidates ranked when a word is very common: the best come from titles, keywords and
// subjects (weights A and B), so those matches are taken first, then any others.
const CANDIDATES = 2000;
// ts_rank weights for D (files' text), C (description), B (keywords, subjects), A (title).
const WEIGHTS = "{0.05, 0.2, 0.5, 1.0}";

type TOrder = "relevance" | "newest" | "downloads";

// One page of matching resource ids in the requested order.
export async function rankMatches(db: TDb, options: { tsquery: string | null; where: Prisma.Sql; headWhere: Prisma.Sql; order: TOrder; limit: number; offset: number }): Promise<string[]> {
  const { tsquery, where, headWhere, limit, offset } = options;
  if (options.order !== "relevance" || !tsquery) {
    const orderBy = options.order === "downloads" ? Prisma.sql`d."downloadCount" DESC, d."publishedAt" DESC` : Prisma.sql`d."publishedAt" DESC`;
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT d."resourceId" AS id FROM "SearchDocument" d WHERE ${where} ORDER BY ${orderBy}, d."resourceId" LIMIT ${limit} OFFSET ${offset}`;
    return rows.map((r) => r.id);
  }
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH candidates AS MATERIALIZED (
      (SELECT d."resourceId" FROM "SearchDocument" d WHERE ${headWhere} LIMIT ${CANDIDATES})
      UNION
      (SELECT d."resourceId" FROM "SearchDocument" d WHERE ${where} LIMIT ${CANDIDATES})
    )
    SELECT d."resourceId" AS id
    FROM candidates c JOIN "SearchDocument" d ON d."resourceId" = c."resourceId"
    ORDER BY ts_rank(${WEIGHTS}::float4[], d."vector", to_tsquery('simple', ${tsquery})) + ln(1 + d."downloadCount") * 0.001 DESC, d."publishedAt" DESC, d."resourceId"
    LIMIT ${limit} OFFSET ${offset}`;
  return rows.map((r) => r.id);
}
