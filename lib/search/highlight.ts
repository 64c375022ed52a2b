import { MIN_PREFIX, type TQueryWord } from "./build-query";
import { indexTermsOf, stemmingFor } from "./term-variants";
import { tokenize } from "./tokenize";

export type THighlighted = { text: string; lang: string; highlights: [number, number][] };

// Marks the words of a text that the query matched, by the same folding and stemming the
// index used for that text's language (so "ўқитувчилар" is marked for "o'qituvchi").
// With maxLength, the text is cut to a window around the first match.
export function highlight(text: string, lang: string, words: TQueryWord[], maxLength?: number): THighlighted {
  const exact = new Set(words.flatMap((w) => w.terms));
  const prefixes = words.map((w) => w.terms[0]!).filter((t) => t.length >= MIN_PREFIX);
  const stemming = stemmingFor(lang);
  const ranges: [number, number][] = [];
  for (const token of tokenize(text)) {
    const terms = indexTermsOf(token.word, stemming);
    if (terms.some((t) => exact.has(t) || prefixes.some((p) => t.startsWith(p)))) ranges.push([token.start, token.end]);
  }
  if (!maxLength || text.length <= maxLength) return { text, lang, highlights: ranges };
  // A window that starts a little before the first match, cut at word boundaries.
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(maxLength / 4));
  if (start > 0) start = text.indexOf(" ", start) + 1 || start;
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
  const prefix = start > 0 ? "… " : "";
  const suffix = end < text.length ? " …" : "";
  const shift = prefix.length - start;
  return {
    text: `${prefix}${text.slice(start, end)}${suffix}`,
    lang,
    highlights: ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift]),
  };
}
