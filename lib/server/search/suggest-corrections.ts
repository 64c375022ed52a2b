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
  // Each unknown word is probed as typed (folded), in parallel; stems are too short to compare.
  const corrected = await Promise.all(
    words.map(async (word): Promise<TQueryWord & { changed?: boolean }> => {
      if (word.terms.some((t) => known.has(t)) || word.word.length < 3) return word;
      const probe = word.terms[0]!;
      const [row] = await db.$queryRaw<{ display: string; score: number }[]>`
        SELECT display, similarity(term, ${probe})::float8 AS score FROM "SearchTerm"
        WHERE term % ${probe} ORDER BY term <-> ${probe}, "documentCount" DESC LIMIT 1`;
      return row && row.score >= MIN_SIMILARITY ? { word: row.display, terms: queryTermsOf(row.display), changed: true } : word;
    }),
  );
  const changed = corrected.some((w) => "changed" in w);
  return changed ? corrected.map(({ word, terms }) => ({ word, terms })) : null;
}
