import { stemmer as stemEnglish } from "@orama/stemmers/english";
import { stemmer as stemRussian } from "@orama/stemmers/russian";
import { foldScript } from "./fold-script";
import { latinToRussian } from "./latin-to-russian";
import { stemTurkic } from "./stem-turkic";

// How a word becomes index terms and query terms. The index knows each text's language; a
// query does not, so a query word is looked up under every form its language could have
// given it, and matches if any of them was indexed.

export type TStemming = "russian" | "english" | "turkic" | "none";

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN_ONLY = /^[a-z0-9]+$/;
const TURKIC = new Set(["kk", "ky", "uz", "tk", "tg", "kaa", "tt", "ba", "az", "tr", "ug", "crh"]);

export function stemmingFor(language: string | null | undefined): TStemming | null {
  const base = language?.toLowerCase().split("-")[0];
  if (!base || base === "und") return null;
  if (base === "ru") return "russian";
  if (base === "en") return "english";
  return TURKIC.has(base) ? "turkic" : "none";
}

const russian = (word: string) => foldScript(stemRussian(word.replaceAll("ё", "е")));

// Words repeat (Zipf): remembering recent ones makes indexing several times faster.
const cache = new Map<string, string[]>();
const CACHE_SIZE = 200_000;

// The terms a word of a text in a known language is indexed under: its stem, and the word
// itself (folded) when that differs, so that an exact form ranks above a shared stem, a
// prefix of the typed word can match, and "did you mean" knows real words (null language:
// every form).
export function indexTermsOf(word: string, stemming: TStemming | null): string[] {
  const key = `${stemming}|${word}`;
  const known = cache.get(key);
  if (known) return known;
  if (cache.size >= CACHE_SIZE) cache.clear();
  const terms = computeIndexTerms(word, stemming);
  cache.set(key, terms);
  return terms;
}

function computeIndexTerms(word: string, stemming: TStemming | null): string[] {
  const folded = foldScript(word);
  const stems = stemsOf(word, stemming);
  return stems.includes(folded) ? stems : [...stems, folded];
}

function stemsOf(word: string, stemming: TStemming | null): string[] {
  switch (stemming) {
    case "russian":
      return [CYRILLIC.test(word) ? russian(word) : LATIN_ONLY.test(word) ? foldScript(stemEnglish(word)) : foldScript(word)];
    case "english":
      return [LATIN_ONLY.test(word) ? foldScript(stemEnglish(word)) : CYRILLIC.test(word) ? russian(word) : foldScript(word)];
    case "turkic":
      return [stemTurkic(foldScript(word))];
    case "none":
      return [foldScript(word)];
    default:
      return queryTermsOf(word);
  }
}

// Every term a query word may have been indexed under; the first is the word itself, folded.
export function queryTermsOf(word: string): string[] {
  const terms = new Set<string>([foldScript(word), stemTurkic(foldScript(word))]);
  if (CYRILLIC.test(word)) {
    terms.add(russian(word));
    if (word.includes("ё")) terms.add(stemTurkic(foldScript(word.replaceAll("ё", "е"))));
  }
  if (LATIN_ONLY.test(word)) {
    terms.add(foldScript(stemEnglish(word)));
    terms.add(russian(latinToRussian(word)));
  }
  return [...terms].filter(Boolean);
}
