import "server-only";
import { Prisma } from "@prisma/client";
import type { TMaybeViewer } from "@/lib/authz/types";
import { LEVELS, TYPES } from "@/lib/schemas/resource";
import type { TSearchParams } from "@/lib/schemas/search";

// The WHERE clause of a search over "SearchDocument" d: the text match (when there is one:
// in the head vector, or with "vector" in either vector),
// what the viewer may see (network-only resources need a signed-in member), and the filters.
export function searchFilters(params: TSearchParams, viewer: TMaybeViewer, tsquery: string | null, vector: "vector" | "headVector" = "vector"): Prisma.Sql {
  const where: Prisma.Sql[] = [];
  if (tsquery && vector === "headVector") where.push(Prisma.sql`d."headVector" @@ to_tsquery('simple', ${tsquery})`);
  if (tsquery && vector === "vector") where.push(Prisma.sql`(d."headVector" @@ to_tsquery('simple', ${tsquery}) OR d."vector" @@ to_tsquery('simple', ${tsquery}))`);
  if (!viewer) where.push(Prisma.sql`d."visibility" = 'PUBLIC'`);
  if (params.library) where.push(Prisma.sql`d."countryCode" = ${params.library}`);
  if (params.institution) where.push(Prisma.sql`d."institutionId" = (SELECT id FROM "Institution" WHERE slug = ${params.institution})`);
  if (params.subject) where.push(Prisma.sql`d."subjects" @> ARRAY[${params.subject}]::text[]`);
  if (params.language) where.push(Prisma.sql`d."languageKeys" @> ARRAY[${params.language}]::text[]`);
  if (params.type) where.push(Prisma.sql`d."type" = ${TYPES[params.type]}::"LearningResourceType"`);
  if (params.level) where.push(Prisma.sql`d."level" = ${LEVELS[params.level]}::"EducationalLevel"`);
  if (params.license) where.push(Prisma.sql`d."license" = ${params.license}`);
  if (params.year_from) where.push(Prisma.sql`d."year" >= ${params.year_from}`);
  if (params.year_to) where.push(Prisma.sql`d."year" <= ${params.year_to}`);
  if (params.collection) where.push(Prisma.sql`EXISTS (SELECT 1 FROM "CollectionItem" ci WHERE ci."collectionId" = ${params.collection}::uuid AND ci."resourceId" = d."resourceId")`);
  return where.length ? Prisma.join(where, " AND ") : Prisma.sql`TRUE`;
}
