import "server-only";
import { Prisma } from "@prisma/client";
import { scopeCountry, type TStatsScope } from "@/lib/authz/stats-scope";

// The rollups' library filter: nothing for the network, else equality on the column that
// leads their library indexes.
export function scopeSql(scope: TStatsScope, column = `"libraryCountry"`): Prisma.Sql {
  const country = scopeCountry(scope);
  return country === null ? Prisma.empty : Prisma.sql`AND ${Prisma.raw(column)} = ${country}`;
}
