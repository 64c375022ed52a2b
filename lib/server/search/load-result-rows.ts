import "server-only";
import type { TDb } from "@/lib/server/database/create-db";

export type TResultRow = {
  id: string;
  title: Record<string, string>;
  description: Record<string, string>;
  languages: string[];
  type: string | null;
  level: string | null;
  license: string | null;
  year: number | null;
  sourceId: string | null;
  countryCode: string;
  institutionSlug: string;
  institutionNames: Record<string, string>;
  downloadCount: number;
  thumbnailFileId: string | null;
  thumbnailHash: string | null;
  thumbnailWidth: number | null;
  thumbnailHeight: number | null;
};

// What a page of results shows, in one round trip (with the first file's thumbnail).
export async function loadResultRows(db: TDb, ids: string[]): Promise<TResultRow[]> {
  if (!ids.length) return [];
  return db.$queryRaw<TResultRow[]>`
    SELECT r.id, r.title, r.description, r.languages, r."learningResourceType"::text AS type, r."educationalLevel"::text AS level,
      r.license, r.year, r."sourceId", d."countryCode", i.slug AS "institutionSlug", i.names AS "institutionNames", d."downloadCount",
      t.id AS "thumbnailFileId", t."thumbnailHash", t."thumbnailWidth", t."thumbnailHeight"
    FROM "SearchDocument" d JOIN "Resource" r ON r.id = d."resourceId" JOIN "Institution" i ON i.id = r."institutionId"
    LEFT JOIN LATERAL (
      SELECT f.id, f."thumbnailHash", f."thumbnailWidth", f."thumbnailHeight" FROM "ResourceFile" f
      WHERE f."resourceId" = r.id AND f."replacedById" IS NULL AND f."thumbnailHash" IS NOT NULL ORDER BY f."createdAt" LIMIT 1
    ) t ON true
    WHERE d."resourceId" = ANY(${ids}::uuid[])`;
}
