// A light stemmer for agglutinative Turkic words (Kazakh, Kyrgyz, Uzbek, Turkmen, and
// Karakalpak) and for Tajik's few suffixes, working on script skeletons (see foldScript),
// where vowel harmony variants have mostly merged: кітабы, kitaby, kitoblari, китептер → one stem.
// It strips inflectional suffixes (plural, possessive, case), longest first, until none is
// left or three letters remain, then devoices a final consonant (кітаб-ы → кітап). Running to
// a fixed point over-stems (matematika → matema), but a bare word and its inflected forms
// then reach the same stem, which is what matching needs; the query is stemmed alike.

const SUFFIXES = [
  // plural + possessive (+ case)
  "larining", "lerining", "larini", "lerini", "laridan", "leridan", "larida", "lerida", "lariga", "leriga", "larimiz", "lerimiz",
  "lari", "leri", "lary", "lerin", "larin", "larim", "lerim",
  // plural
  "lar", "ler", "lor", "dar", "der", "dor", "tar", "ter", "tor",
  // possessive
  "imiz", "ingiz", "iniz", "ymyz", "ynyz", "imyz", "ing", "ung", "im", "um", "ym", "in", "un", "yn", "si", "sy", "su",
  // genitive
  "ning", "nin", "nyn", "nun", "din", "dyn", "dun", "tin", "tyn", "tun",
  // ablative, locative, dative
  "ndan", "nden", "dan", "den", "don", "tan", "ten", "ton", "nan", "nen", "non",
  "nda", "nde", "da", "de", "do", "ta", "te", "to", "dagi", "daki", "dagy", "daky",
  "ga", "ge", "go", "ka", "ke", "ko", "na", "ne",
  // accusative
  "ni", "ny", "nu", "di", "dy", "du", "ti", "ty", "tu",
  // instrumental
  "men", "ben", "pen", "bilan",
  // Tajik: plural, ezafe, object marker
  "hoi", "ho", "ro",
  // possessive 3rd person and single vowels last
  "i", "y", "u",
].sort((a, b) => b.length - a.length);

const MIN_STEM = 3;
const DEVOICE: Record<string, string> = { b: "p", d: "t", g: "k" };

export function stemTurkic(skeleton: string): string {
  let stem = skeleton;
  for (let round = 0; round < 8; round++) {
    const suffix = SUFFIXES.find((s) => stem.endsWith(s) && stem.length - s.length >= MIN_STEM);
    if (!suffix) break;
    stem = stem.slice(0, -suffix.length);
  }
  if (/\d/.test(stem)) return skeleton;
  const last = stem.at(-1)!;
  return DEVOICE[last] ? stem.slice(0, -1) + DEVOICE[last] : stem;
}
