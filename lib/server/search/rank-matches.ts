import "server-only";
import { Prisma } from "@prisma/client";
import type { TDb } from "@/lib/server/database/create-db";

// Relevance in two tiers, so that field weights hold strictly and a common word stays cheap:
// resources matching in the title, keywords or subjects (the small head vector) come first,
// ranked by that vector; then those matching only in the description or files' text, ranked
// by the full vector. Each tier ranks at most CANDIDATES matches.
const CANDIDATES = 2000;
const HEAD_WEIGHTS = "{0, 0, 0.4, 1.0}"; // D, C, B (keywords, subjects), A (title)
const BODY_WEIGHTS = "{0.1, 0.4, 0, 0}"; // D (files' text), C (description)

type TOrder = "relevance" | "newest" | "downloads";
// few: the caller knows the matches are few (counted), so they are collected and sorted;
// otherwise the planner may walk the date index, which is right only when matches are dense.
type TOptions = { tsquery: string | null; where: Prisma.Sql; headWhere: Prisma.Sql; order: TOrder; limit: number; offset: number; few?: boolean };

// One page of matching resource ids in the requested order.
export async function rankMatches(db: TDb, options: TOptions): Promise<string[]> {
  const { tsquery, where, headWhere, limit, offset } = options;
  if (options.order !== "relevance" || !tsquery) {
    const orderBy = options.order === "downloads" ? Prisma.sql`d."downloadCount" DESC, d."publishedAt" DESC` : Prisma.sql`d."publishedAt" DESC`;
    const rows = options.few
      ? await db.$queryRaw<{ id: string }[]>`
          WITH d AS MATERIALIZED (SELECT d."resourceId", d."publishedAt", d."downloadCount" FROM "SearchDocument" d WHERE ${where})
          SELECT d."resourceId" AS id FROM d ORDER BY ${orderBy}, d."resourceId" LIMIT ${limit} OFFSET ${offset}`
      : await db.$queryRaw<{ id: string }[]>`
          SELECT d."resourceId" AS id FROM "SearchDocument" d WHERE ${where} ORDER BY ${orderBy}, d."resourceId" LIMIT ${limit} OFFSET ${offset}`;
    return rows.map((r) => r.id);
  }
  const head = await db.$queryRaw<{ id: string; total: bigint }[]>`
    WITH candidates AS MATERIALIZED (SELECT d."resourceId", d."headVector", d."downloadCount", d."publishedAt" FROM "SearchDocument" d WHERE ${headWhere} LIMIT ${CANDIDATES})
    SELECT c."resourceId" AS id, count(*) OVER () AS total FROM candidates c
    ORDER BY ts_rank(${HEAD_WEIGHTS}::float4[], c."headVector", to_tsquery('simple', ${tsquery})) + ln(1 + c."downloadCount") * 0.001 DESC, c."publishedAt" DESC, c."resourceId"
    LIMIT ${limit} OFFSET ${offset}`;
  const headTotal = Number(head[0]?.total ?? 0);
  if (head.length === limit || (headTotal === CANDIDATES && offset + limit <= CANDIDATES)) return head.map((r) => r.id);
  // The page reaches past the head matches: continue with the body-only ones.
  const bodyOffset = Math.max(0, offset - (headTotal || (await countHead(db, headWhere))));
  const body = await db.$queryRaw<{ id: string }[]>`
    WITH candidates AS MATERIALIZED (
      SELECT d."resourceId", d."vector", d."downloadCount", d."publishedAt" FROM "SearchDocument" d
      WHERE ${where} AND NOT (d."headVector" @@ to_tsquery('simple', ${tsquery})) LIMIT ${CANDIDATES}
    )
    SELECT c."resourceId" AS id FROM candidates c
    ORDER BY ts_rank(${BODY_WEIGHTS}::float4[], c."vector", to_tsquery('simple', ${tsquery})) + ln(1 + c."downloadCount") * 0.001 DESC, c."publishedAt" DESC, c."resourceId"
    LIMIT ${limit - head.length} OFFSET ${bodyOffset}`;
  return [...head.map((r) => r.id), ...body.map((r) => r.id)];
}

async function countHead(db: TDb, headWhere: Prisma.Sql): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (SELECT 1 FROM "SearchDocument" d WHERE ${headWhere} LIMIT ${CANDIDATES}) x`;
  return Number(row?.n ?? 0);
}
