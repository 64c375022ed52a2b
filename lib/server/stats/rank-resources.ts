import "server-only";
import { Prisma } from "@prisma/client";
import type { TStatsScope } from "@/lib/authz/stats-scope";
import { addDays, addMonths } from "@/lib/stats/iso-date";
import { splitMonths } from "@/lib/stats/split-months";
import { getDb } from "@/lib/server/database/get-db";
import { sumResourceUsage, type TResourceSum } from "./sum-resource-usage";
import { scopeSql } from "./scope-sql";

type TList = { table: "month" | "day"; at: string; offset: number; last: number; done: boolean };

// The `take` resources with the most uses of a kind over a range, exactly, without adding up
// every resource: Fagin's threshold algorithm over the range's periods (whole months, ragged
// days), each a list sorted by count on its index. Read the lists a slice deeper at a time,
// add up the newly met resources in full, and stop once the take-th sum beats the most an
// unmet resource could have (the sum of every list's current depth). Usage is skewed, so a
// year's top 20 needs the first few dozen rows of each period instead of half a million.
export async function rankResources(options: { scope: TStatsScope; from: string; to: string; kind: "VIEW" | "DOWNLOAD"; take: number }): Promise<TResourceSum[]> {
  const { months, days } = splitMonths(options.from, options.to);
  const lists: TList[] = [];
  for (let m = months?.from; months && m! < months.before; m = addMonths(m!, 1)) lists.push({ table: "month", at: m!, offset: 0, last: 0, done: false });
  for (const range of days) for (let d = range.from; d <= range.to; d = addDays(d, 1)) lists.push({ table: "day", at: d, offset: 0, last: 0, done: false });
  const sums = new Map<string, TResourceSum>();
  let slice = options.take + 20;
  for (;;) {
    const open = lists.filter((l) => !l.done);
    const fresh = new Set<string>();
    for (const table of ["month", "day"] as const) {
      const reading = open.filter((l) => l.table === table);
      if (!reading.length) continue;
      const rows = await readSlices(table, reading, slice, options);
      for (const list of reading) {
        const mine = rows.filter((r) => r.at === list.at);
        list.offset += mine.length;
        list.done = mine.length < slice;
        list.last = list.done ? 0 : Number(mine.at(-1)!.total);
        for (const row of mine) if (!sums.has(row.id)) fresh.add(row.id);
      }
    }
    if (fresh.size) {
      for (const row of await sumResourceUsage({ ...options, only: [...fresh] })) sums.set(row.id, row);
    }
    const ranked = [...sums.values()].sort((a, b) => Number(b.total - a.total) || (a.id < b.id ? -1 : 1));
    const threshold = lists.reduce((sum, l) => sum + l.last, 0);
    const cut = ranked[options.take - 1];
    if (lists.every((l) => l.done) || (cut && Number(cut.total) > threshold)) return ranked.slice(0, options.take);
    slice *= 2;
  }
}

// The next `slice` rows of each period's list, most used first (the index's order, read backwards).
function readSlices(table: "month" | "day", lists: TList[], slice: number, options: { scope: TStatsScope; kind: "VIEW" | "DOWNLOAD" }) {
  const source = table === "month" ? Prisma.sql`"UsageMonthlyByResource" WHERE month = p.at` : Prisma.sql`"UsageDailyByResource" WHERE day = p.at`;
  return getDb().$queryRaw<{ at: string; id: string; total: number }[]>`
    SELECT p.at::text AS at, x."resourceId"::text AS id, x.total
    FROM unnest(${lists.map((l) => l.at)}::date[], ${lists.map((l) => l.offset)}::int[]) AS p(at, skip)
    CROSS JOIN LATERAL (
      SELECT "resourceId", total FROM ${source} AND kind = ${options.kind}::"UsageKind" ${scopeSql(options.scope)}
      ORDER BY total DESC, "resourceId" DESC LIMIT ${slice} OFFSET p.skip
    ) x`;
}
