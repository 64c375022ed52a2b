import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/database/get-db";
import { rankResources } from "@/lib/server/stats/rank-resources";
import { seededRandom } from "../../scripts/lib/search-bench-data";

const db = getDb();
afterAll(() => db.$disconnect());

// The threshold algorithm must give exactly what adding up every resource gives, whatever the
// skew: checked against the brute-force sum on skewed and on flat (worst case) usage.
describe("ranking resources by use", () => {
  it.each([
    ["skewed", 3, "2003"],
    ["flat", 0, "2004"],
  ] as const)("equals the full sum on %s usage, for the top 1, 20 and 150, over whole months and ragged days", async (_name, skew, year) => {
    const random = seededRandom(skew + 11);
    const ids = Array.from({ length: 400 }, () => randomUUID());
    const count = () => 1 + Math.floor(50 * Math.pow(random(), skew));
    const pick = () => ids[Math.floor(ids.length * Math.pow(random(), skew || 1))]!;
    const monthly = new Map<string, { month: Date; resourceId: string; total: number }>();
    for (const month of ["01", "02", "03", "04"]) for (let i = 0; i < 300; i++) monthly.set(`${month}${pick()}`, { month: new Date(`${year}-${month}-01`), resourceId: pick(), total: count() });
    const daily = new Map<string, { day: Date; resourceId: string; total: number }>();
    for (const day of [`${Number(year) - 1}-12-20`, `${Number(year) - 1}-12-31`, `${year}-05-01`, `${year}-05-09`]) for (let i = 0; i < 120; i++) daily.set(`${day}${pick()}`, { day: new Date(day), resourceId: pick(), total: count() });
    await db.usageMonthlyByResource.createMany({ data: [...monthly.values()].map((r) => ({ ...r, kind: "DOWNLOAD", libraryCountry: "UZ", unique: 1 })), skipDuplicates: true });
    await db.usageDailyByResource.createMany({ data: [...daily.values()].map((r) => ({ ...r, kind: "DOWNLOAD", libraryCountry: "UZ", unique: 1 })), skipDuplicates: true });
    const from = `${Number(year) - 1}-12-15`;
    const to = `${year}-05-10`;
    const brute = await db.$queryRaw<{ id: string; total: bigint }[]>`
      SELECT "resourceId"::text AS id, sum(total)::bigint AS total FROM (
        SELECT "resourceId", total FROM "UsageMonthlyByResource" WHERE kind = 'DOWNLOAD' AND month >= ${`${year}-01-01`}::date AND month < ${`${year}-05-01`}::date
        UNION ALL SELECT "resourceId", total FROM "UsageDailyByResource" WHERE kind = 'DOWNLOAD' AND (day BETWEEN ${from}::date AND ${`${Number(year) - 1}-12-31`}::date OR day BETWEEN ${`${year}-05-01`}::date AND ${to}::date)
      ) u GROUP BY "resourceId" ORDER BY total DESC, "resourceId"`;
    for (const take of [1, 20, 150]) {
      const ranked = await rankResources({ scope: "network", from, to, kind: "DOWNLOAD", take });
      expect(ranked.map((r) => [r.id, Number(r.total)])).toEqual(brute.slice(0, take).map((r) => [r.id, Number(r.total)]));
    }
  });
});
