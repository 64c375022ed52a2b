import { STOPWORDS } from "./stopwords";
import { indexTermsOf, stemmingFor, type TStemming } from "./term-variants";
import { tokenize } from "./tokenize";

export type TSearchableResource = {
  title: Record<string, string>;
  description: Record<string, string>;
  keywords: string[];
  languages: string[];
  subjects: { code: string; names: Record<string, string> }[];
  authors?: { name: string }[];
  fileText?: string | null;
};

// The index terms of a resource by weight: A title, B keywords, subjects and authors,
// C description, D the text inside its files. Each text is stemmed by its own language
// (titles and descriptions carry theirs; keywords and file text take the resource's first
// language, or every stemming when it has none). Also the readable word behind each term,
// for "did you mean".
export type TDocumentTerms = { A: string; B: string; C: string; D: string; display: Map<string, string> };

const MAX_FILE_TEXT = 400_000;

export function documentTerms(resource: TSearchableResource): TDocumentTerms {
  const display = new Map<string, string>();
  const main = stemmingFor(resource.languages[0]);
  const termsOf = (text: string, stemming: TStemming | null) => {
    const out: string[] = [];
    for (const { word } of tokenize(text)) {
      if (STOPWORDS.has(word)) continue;
      for (const term of indexTermsOf(word, stemming)) {
        out.push(term);
        if (!display.has(term) && term.length > 2) display.set(term, word);
      }
    }
    return out.join(" ");
  };
  const perLanguage = (texts: Record<string, string>) =>
    Object.entries(texts)
      .map(([lang, text]) => termsOf(text, stemmingFor(lang)))
      .join(" ");
  const A = perLanguage(resource.title);
  const B = [
    termsOf(resource.keywords.join(" , "), main),
    ...resource.subjects.map((s) => `${s.code} ${perLanguage(s.names)}`),
    termsOf((resource.authors ?? []).map((a) => a.name).join(" , "), "none"),
  ].join(" ");
  const C = perLanguage(resource.description);
  const D = resource.fileText ? termsOf(resource.fileText.slice(0, MAX_FILE_TEXT), main) : "";
  return { A, B, C, D, display };
}
