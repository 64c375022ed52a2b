import "server-only";
import { Prisma } from "@prisma/client";
import { scopeCountry, type TStatsScope } from "@/lib/authz/stats-scope";

// Resources of the scope's library (resources carry the library's id, not its country).
export function resourceScopeSql(scope: TStatsScope): Prisma.Sql {
  const country = scopeCountry(scope);
  return country === null ? Prisma.empty : Prisma.sql`AND r."libraryId" = (SELECT id FROM "Library" WHERE "countryCode" = ${country})`;
}
