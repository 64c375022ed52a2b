import "server-only";
import type { Prisma } from "@prisma/client";
import type { TOaiSetFilter } from "@/lib/oai/oai-set-spec";

export type TOaiFilter = { set?: TOaiSetFilter; from?: Date; until?: Date; after?: { at: Date; id: string } };

// The records OAI-PMH exposes: public resources once published (a withdrawn one stays as a
// deleted record, the repository keeps deletions persistently), within the datestamp range and
// set, after the keyset position.
export function oaiWhere(filter: TOaiFilter): Prisma.ResourceWhereInput {
  const and: Prisma.ResourceWhereInput[] = [{ publishedAt: { not: null }, visibility: "PUBLIC", status: { in: ["PUBLISHED", "WITHDRAWN"] } }];
  if (filter.from) and.push({ updatedAt: { gte: filter.from } });
  if (filter.until) and.push({ updatedAt: { lte: filter.until } });
  if (filter.after) and.push({ OR: [{ updatedAt: { gt: filter.after.at } }, { updatedAt: filter.after.at, id: { gt: filter.after.id } }] });
  const set = filter.set;
  if (set?.kind === "country") and.push({ library: { countryCode: set.code } });
  if (set?.kind === "institution") and.push({ institution: { slug: set.slug } });
  if (set?.kind === "collection") and.push({ collectionItems: { some: { collection: { slug: set.slug, library: { countryCode: set.country } } } } });
  if (set?.kind === "subject") and.push({ subjects: { some: { code: { startsWith: set.code } } } });
  return { AND: and };
}
