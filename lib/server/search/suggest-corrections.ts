import "server-only";
import type { TQueryWord } from "@/lib/search/build-query";
import { queryTermsOf } from "@/lib/search/term-variants";
import type { TDb } from "@/lib/server/database/create-db";

const MIN_SIMILARITY = 0.35;

// For the words of a query that match nothing in the index, the closest indexed word by
// trigram similarity (typos: algoritm → algorithm, матиматика → математика). Null when no
// word needs or finds a correction.
export async function suggestCorrections(db: TDb, words: TQueryWord[]): Promise<TQueryWord[] | null> {
  const all = words.flatMap((w) => w.terms);
  const known = new Set((await db.$queryRaw<{ term: string }[]>`SELECT term FROM "SearchTerm" WHERE term = ANY(${all}::text[])`).map((r) => r.term));
  let changed = false;
  const corrected: TQueryWord[] = [];
  for (const word of words) {
    if (word.terms.some((t) => known.has(t)) || word.word.length < 3) {
      corrected.push(word);
      continue;
    }
    let best: { display: string; score: number } | null = null;
    for (const probe of word.terms) {
      const [row] = await db.$queryRaw<{ display: string; score: number }[]>`
        SELECT display, similarity(term, ${probe})::float8 AS score FROM "SearchTerm"
        WHERE term % ${probe} ORDER BY term <-> ${probe}, "documentCount" DESC LIMIT 1`;
      if (row && row.score >= MIN_SIMILARITY && (!best || row.score > best.score)) best = row;
    }
    if (best) {
      changed = true;
      corrected.push({ word: best.display, terms: queryTermsOf(best.display) });
    } else corrected.push(word);
  }
  return changed ? corrected : null;
}
