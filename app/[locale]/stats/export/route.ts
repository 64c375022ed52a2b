import { defaultStatsScope } from "@/lib/authz/stats-scope";
import { toCsv } from "@/lib/csv/to-csv";
import { contentDisposition } from "@/lib/http/content-disposition";
import { readQuery } from "@/lib/http/read-query";
import { getContentLanguages } from "@/lib/i18n/get-content-languages";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { ZStatsExportTable, ZStatsQuery } from "@/lib/schemas/stats";
import { authenticated } from "@/lib/server/auth/authenticated";
import { getStatsTable } from "@/lib/server/stats/get-stats-table";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ locale: string }> };

// GET /stats/export?table=usage&library=UZ&from=…&to=…&granularity=…: one table of the
// statistics dashboard as CSV, with the scope rules of the page. The header row and the names
// are in the viewer's language (the address's); the values stay plain numbers and ISO dates,
// and the file name stays the same in every language.
export const GET = authenticated<TContext>("staff", async (request, { viewer, params }) => {
  const requested = (await params).locale;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const { table } = readQuery(request, ZStatsExportTable);
  const query = readQuery(request, ZStatsQuery);
  const scope = query.library ?? defaultStatsScope(viewer!);
  const languages = await getContentLanguages();
  const result = await getStatsTable({ viewer, scope, from: query.from, to: query.to, granularity: query.granularity, languages, table, locale });
  const rows = result.rows.map((row) => row.map((cell) => (cell !== null && typeof cell === "object" ? cell.text : cell)));
  const csv = toCsv(result.columns.map((c) => c.label), rows);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition(`kitab-${table}-${scope}-${query.from}-${query.to}.csv`),
      "Cache-Control": "private, no-store",
    },
  });
});
