import { LEVELS, TYPES } from "@/lib/schemas/resource";
import { buildQuery } from "@/lib/search/build-query";
import { seededRandom, type TBenchLanguage, type TPools } from "./search-bench-data";

// The languages people search in most (Russian, Uzbek in both scripts, Kazakh, English),
// weighted roughly by the libraries' readers; words come from the same pools the generated
// resources were written from, so the searches find something.
const QUERY_LANGUAGES: [TBenchLanguage, number][] = [["ru", 0.35], ["uz-Latn", 0.2], ["uz-Cyrl", 0.1], ["kk", 0.2], ["en", 0.15]];
// The interface language of the HTML page that goes with each (en has no address prefix).
const PAGE_PREFIX: Record<string, string> = { ru: "/ru", "uz-Latn": "/uz", "uz-Cyrl": "/uz-Cyrl", kk: "/kk", en: "" };
const LIBRARIES = ["UZ", "KZ", "KG", "TJ", "TM"];

// A search as the API and as the HTML page (in the interface language of its words).
export type TBenchLoadQuery = { kind: string; api: string; page: string };

// `count` search requests: 40 % one common word, 20 % two words, 25 % one word with a facet
// filter (library, language, type, level, subject or years), 10 % page 2 of a one-word search,
// 5 % browsing by a filter alone. Seeded, so every run sends the same mix.
export function benchLoadQueries(pools: TPools, subjects: string[], count: number, seed: number): TBenchLoadQuery[] {
  const random = seededRandom(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const language = () => {
    let r = random();
    for (const [lang, share] of QUERY_LANGUAGES) if ((r -= share) < 0) return lang;
    return "ru";
  };
  // The 300 most frequent words that are not stop words (a search for "и" or "the" is
  // answered without the database): what people type is mostly common, and rare words are
  // bench:search's subject, not this one's.
  const common = Object.fromEntries(Object.entries(pools).map(([lang, pool]) => [lang, pool.filter((w) => w.length > 2 && buildQuery(w).tsquery).slice(0, 300)])) as TPools;
  const word = (lang: TBenchLanguage) => pick(common[lang]);
  const filter = (lang: TBenchLanguage): [string, string] => {
    const f = random();
    if (f < 0.3) return ["library", pick(LIBRARIES)];
    if (f < 0.45) return ["language", lang];
    if (f < 0.6) return ["type", pick(Object.keys(TYPES))];
    if (f < 0.75) return ["level", pick(Object.keys(LEVELS))];
    if (f < 0.9 && subjects.length) return ["subject", pick(subjects)];
    return ["year_from", String(2005 + Math.floor(random() * 15))];
  };
  const query = (kind: string, lang: TBenchLanguage, params: string[][]): TBenchLoadQuery => {
    const search = new URLSearchParams(params).toString();
    return { kind, api: `/api/v1/search?${search}`, page: `${PAGE_PREFIX[lang] ?? ""}/search?${search}` };
  };
  return Array.from({ length: count }, () => {
    const lang = language();
    const r = random();
    if (r < 0.4) return query("one word", lang, [["q", word(lang)]]);
    if (r < 0.6) return query("two words", lang, [["q", `${word(lang)} ${word(lang)}`]]);
    if (r < 0.85) return query("word + filter", lang, [["q", word(lang)], filter(lang)]);
    if (r < 0.95) return query("page 2", lang, [["q", word(lang)], ["page", "2"]]);
    return query("filter only", lang, [filter(lang)]);
  });
}
