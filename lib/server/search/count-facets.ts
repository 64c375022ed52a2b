import "server-only";
import type { Prisma } from "@prisma/client";
import type { TDb } from "@/lib/server/database/create-db";

// Counting stops here: beyond it the total is "at least" and facets describe the first
// matches, which keeps a one-word query over a million resources fast.
export const COUNT_LIMIT = 5_000;

export type TFacetRow = { facet: string; value: string; count: number };

// The total (up to COUNT_LIMIT + 1) and the count of each value of each facet, in one pass
// over the matches. Array facets are grouped by the whole array first (few distinct ones)
// and only then unnested: unnesting every row costs more than the scan itself.
export async function countFacets(db: TDb, where: Prisma.Sql): Promise<{ total: number; rows: TFacetRow[] }> {
  const rows = await db.$queryRaw<{ facet: string; value: string | null; count: bigint }[]>`
    WITH m AS MATERIALIZED (
      SELECT d."countryCode", d."institutionId", d."languages", d."subjects", d."type", d."level", d."license"
      FROM "SearchDocument" d WHERE ${where} LIMIT ${COUNT_LIMIT + 1}
    )
    SELECT 'total' AS facet, NULL AS value, count(*) AS count FROM m
    UNION ALL SELECT 'library', "countryCode", count(*) FROM m GROUP BY 2
    UNION ALL SELECT 'institution', "institutionId"::text, count(*) FROM m GROUP BY 2
    UNION ALL SELECT 'language', v, sum(n)::bigint FROM (SELECT "languages", count(*) n FROM m GROUP BY 1) g, unnest(g."languages") v GROUP BY 2
    UNION ALL SELECT 'subject', v, sum(n)::bigint FROM (SELECT "subjects", count(*) n FROM m GROUP BY 1) g, unnest(g."subjects") v GROUP BY 2
    UNION ALL SELECT 'type', "type"::text, count(*) FROM m WHERE "type" IS NOT NULL GROUP BY 2
    UNION ALL SELECT 'level', "level"::text, count(*) FROM m WHERE "level" IS NOT NULL GROUP BY 2
    UNION ALL SELECT 'license', "license", count(*) FROM m WHERE "license" IS NOT NULL GROUP BY 2`;
  const total = Number(rows.find((r) => r.facet === "total")?.count ?? 0);
  return { total, rows: rows.filter((r) => r.facet !== "total" && r.value !== null).map((r) => ({ facet: r.facet, value: r.value!, count: Number(r.count) })) };
}
