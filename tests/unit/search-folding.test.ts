import { describe, expect, it } from "vitest";
import { buildQuery } from "@/lib/search/build-query";
import { foldScript } from "@/lib/search/fold-script";
import { stemTurkic } from "@/lib/search/stem-turkic";
import { indexTermsOf, queryTermsOf, stemmingFor } from "@/lib/search/term-variants";

// A query word matches a text word when one of its query terms is the text word's index term.
const matches = (query: string, text: string, language: string) => {
  const indexed = new Set(indexTermsOf(text.toLowerCase(), stemmingFor(language)));
  return queryTermsOf(query.toLowerCase()).some((t) => indexed.has(t));
};

describe("script folding", () => {
  it.each([
    ["ўқитувчи", "o'qituvchi"],
    ["ўқитувчи", "oʻqituvchi"],
    ["ғоя", "gʻoya"],
    ["мактаб", "maktab"],
    ["китоб", "kitob"],
    ["шаҳар", "shahar"],
    ["хабар", "xabar"],
    ["ҷаҳон", "jahon"],
    ["қазақстан", "qazaqstan"],
    ["ер", "yer"],
    ["türkmençe", "тюркменче".replace("тю", "тү")],
  ])("%s and %s have one skeleton", (a, b) => {
    expect(foldScript(a)).toBe(foldScript(b));
  });

  it("folds every apostrophe form, and none, together", () => {
    const forms = ["o'qish", "oʼqish", "oʻqish", "o‘qish", "o’qish", "o`qish", "oqish"].map(foldScript);
    expect(new Set(forms).size).toBe(1);
  });

  it("folds Kazakh letters onto those of a Russian keyboard", () => {
    expect(foldScript("қазақ тілі әдебиеті ұлт үй өнер шаңғы һәм".replace(/ /g, ""))).toBe(foldScript("казак тили адебиети улт уй онер шангы хам".replace(/ /g, "")));
  });
});

describe("Turkic stems", () => {
  it.each([
    ["кітабы", "кітап"],
    ["кітаптар", "кітап"],
    ["кітабымыздың", "кітап"],
    ["kitaplary", "kitap"],
    ["kitaby", "kitap"],
    ["kitoblarimiz", "kitob"],
    ["maktabda", "maktab"],
    ["китептер", "китеп"],
    ["китобҳо", "китоб"],
  ])("%s has the stem of %s", (form, base) => {
    expect(stemTurkic(foldScript(form))).toBe(stemTurkic(foldScript(base)));
  });

  it("keeps at least three letters", () => {
    expect(stemTurkic("ona").length).toBeGreaterThanOrEqual(3);
    expect(stemTurkic("ishlar")).toBe("ish");
  });
});

describe("query words against indexed words", () => {
  it.each([
    ["математика", "математики", "ru"],
    ["ежик", "ёжик", "ru"],
    ["matematika", "математика", "ru"],
    ["кітап", "кітабы", "kk"],
    ["китап", "кітабы", "kk"],
    ["kitap", "kitaplary", "tk"],
    ["o'qituvchi", "ўқитувчилар", "uz-Cyrl"],
    ["algorithms", "algorithm", "en"],
  ])("%s finds %s (%s)", (query, text, language) => {
    expect(matches(query, text, language)).toBe(true);
  });

  it.each([
    ["физика", "химия", "ru"],
    ["kitap", "mektep", "tk"],
  ])("%s does not find %s", (query, text, language) => {
    expect(matches(query, text, language)).toBe(false);
  });
});

describe("buildQuery", () => {
  it("ANDs words, ORs each word's forms, and prefixes only the word as typed", () => {
    expect(buildQuery("история Казахстана").tsquery).toBe("(istoriia:* | istor) & (kazahstana:* | kazahs | kazahsta)");
  });

  it("drops function words unless nothing else is left", () => {
    expect(buildQuery("history of the library").words.map((w) => w.word)).toEqual(["history", "library"]);
    expect(buildQuery("the").words.map((w) => w.word)).toEqual(["the"]);
  });

  it.each(["!!!", "&|!():*<>", "\u0000", "'\"`", "   "])("gives no tsquery for %j", (q) => {
    expect(buildQuery(q).tsquery).toBeNull();
  });

  it("never lets tsquery syntax through, whatever is typed", () => {
    for (const q of ["a:*&b", "x' | 'y", "(((a", "a <-> b", "ab\\c", "SELECT 1; --", "𝔞𝔟𝔠 ｆｕｌｌｗｉｄｔｈ"]) {
      const tsquery = buildQuery(q).tsquery ?? "";
      const operands = tsquery.replace(/[()|&]/g, " ").split(/\s+/).filter(Boolean);
      for (const operand of operands) expect(operand).toMatch(/^[\p{L}\p{N}]+(:\*)?$/u);
    }
  });

  it("caps the number of words", () => {
    expect(buildQuery(Array.from({ length: 50 }, (_, i) => `word${i}`).join(" ")).words).toHaveLength(12);
  });
});
