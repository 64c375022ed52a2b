import { STOPWORDS } from "./stopwords";
import { queryTermsOf } from "./term-variants";
import { tokenize } from "./tokenize";

export const MAX_QUERY_LENGTH = 500;
export const MAX_QUERY_WORDS = 12;
// The typed word also matches as a prefix from this length (shorter prefixes match too much).
export const MIN_PREFIX = 5;

export type TQueryWord = { word: string; terms: string[] };
export type TParsedQuery = { words: TQueryWord[]; tsquery: string | null };

// A typed query as a PostgreSQL tsquery over the index's terms: every word must match
// (AND), each through any of its possible index terms (OR); the word as typed (folded, the
// first term) also as a prefix when long enough, so a word still being typed, or a form the
// stemmers do not know, still matches. Stems are not prefixed: an over-short stem as a
// prefix matches half the index. The terms are
// letters and digits only, so nothing the user types reaches tsquery syntax.
export function buildQuery(q: string, options: { prefix?: boolean; mode?: "all" | "any" } = {}): TParsedQuery {
  const tokens = tokenize(q.slice(0, MAX_QUERY_LENGTH));
  const meaningful = tokens.filter((t) => !STOPWORDS.has(t.word));
  const chosen = (meaningful.length ? meaningful : tokens).slice(0, MAX_QUERY_WORDS);
  const seen = new Set<string>();
  const words: TQueryWord[] = [];
  for (const { word } of chosen) {
    if (seen.has(word)) continue;
    seen.add(word);
    words.push({ word, terms: queryTermsOf(word) });
  }
  return { words, tsquery: toTsquery(words, options) };
}

export function toTsquery(words: TQueryWord[], options: { prefix?: boolean; mode?: "all" | "any" } = {}): string | null {
  const prefix = options.prefix ?? true;
  const groups = words
    .map(({ terms }) => terms.map((t, i) => (prefix && i === 0 && t.length >= MIN_PREFIX ? `${t}:*` : t)))
    .filter((g) => g.length)
    .map((g) => `(${g.join(" | ")})`);
  return groups.length ? groups.join(options.mode === "any" ? " | " : " & ") : null;
}
