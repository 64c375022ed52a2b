import "server-only";
import type { TQueryWord } from "@/lib/search/build-query";
import { queryTermsOf } from "@/lib/search/term-variants";
import type { TDb } from "@/lib/server/database/create-db";

// For the words of a query that no indexed text contains as typed, the closest indexed word
// by trigram similarity (typos: algoritm → algorithm, матиматика → математика), at least
// minSimilarity alike. Null when no word needs or finds a correction.
export async function suggestCorrections(db: TDb, words: TQueryWord[], minSimilarity: number): Promise<TQueryWord[] | null> {
  const typed = words.map((w) => w.terms[0]!);
  const known = new Set((await db.$queryRaw<{ term: string }[]>`SELECT term FROM "SearchTerm" WHERE term = ANY(${typed}::text[])`).map((r) => r.term));
  // Each unknown word is probed as typed (folded), in parallel; stems are too short to compare.
  const corrected = await Promise.all(
    words.map(async (word): Promise<TQueryWord & { changed?: boolean }> => {
      if (known.has(word.terms[0]!) || word.word.length < 4) return word;
      const probe = word.terms[0]!;
      const [row] = await db.$queryRaw<{ display: string; score: number }[]>`
        SELECT display, similarity(term, ${probe})::float8 AS score FROM "SearchTerm"
        WHERE term % ${probe} ORDER BY score DESC, "documentCount" DESC LIMIT 1`;
      return row && row.score >= minSimilarity ? { word: row.display, terms: queryTermsOf(row.display), changed: true } : word;
    }),
  );
  const changed = corrected.some((w) => "changed" in w);
  return changed ? corrected.map(({ word, terms }) => ({ word, terms })) : null;
}
