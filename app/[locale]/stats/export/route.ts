import { defaultStatsScope } from "@/lib/authz/stats-scope";
import { toCsv } from "@/lib/csv/to-csv";
import { acceptedLanguages } from "@/lib/http/accepted-languages";
import { contentDisposition } from "@/lib/http/content-disposition";
import { readQuery } from "@/lib/http/read-query";
import { ZStatsExportTable, ZStatsQuery } from "@/lib/schemas/stats";
import { authenticated } from "@/lib/server/auth/authenticated";
import { getStatsTable } from "@/lib/server/stats/get-stats-table";

export const dynamic = "force-dynamic";

// GET /stats/export?table=usage&library=UZ&from=…&to=…&granularity=…: one table of the
// statistics dashboard as CSV, with the scope rules of the page.
export const GET = authenticated("staff", async (request, { viewer }) => {
  const { table } = readQuery(request, ZStatsExportTable);
  const query = readQuery(request, ZStatsQuery);
  const scope = query.library ?? defaultStatsScope(viewer!);
  const languages = acceptedLanguages(request.headers.get("accept-language"));
  const result = await getStatsTable({ viewer, scope, from: query.from, to: query.to, granularity: query.granularity, languages, table });
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
