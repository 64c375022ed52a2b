import "server-only";
import type { TMaybeViewer } from "@/lib/authz/types";
import { getDb } from "@/lib/server/database/get-db";
import { stripControlCharacters } from "@/lib/text/strip-control-characters";

// A search as typed and how many it found, for the statistics (zero-result terms above
// all). Only the first page of a search is a search; paging through it is not counted again.
export async function recordSearch(options: { viewer: TMaybeViewer; query: string; resultCount: number }): Promise<void> {
  const query = stripControlCharacters(options.query).trim().slice(0, 500);
  if (!query) return;
  await getDb().searchLog.create({
    data: { query, resultCount: options.resultCount, countryCode: options.viewer?.countryCode ?? null, institutionId: options.viewer?.institutionId ?? null },
  });
}
