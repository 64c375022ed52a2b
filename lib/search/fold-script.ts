// One canonical, lossy Latin "skeleton" for the scripts of the region, used for indexing and
// querying alike, so a word matches whichever script or keyboard it was typed with:
// - Cyrillic and Latin spellings of Uzbek, Kazakh, Kyrgyz, Tajik and Turkmen meet
//   (ўқитувчи = o'qituvchi, мактаб = maktab, китоб = kitob);
// - every apostrophe form (and none) is the same, as are ъ and ь;
// - Kazakh/Kyrgyz letters fold onto the Russian-keyboard letters people type instead
//   (қ→к, ғ→г, ң→н, ә→а, ө→о, ұ/ү→у, і→и/ы, һ→х);
// - letters that the Latin alphabets write differently (x/h/kh, q/k, j/zh, ş/sh, y/ı/i) fold together.
// Precision is traded for recall on purpose: the query goes through the same folding.

const APOSTROPHES = /['ʼʻ‘’`´ʹ′″ʾʿ"ъь]/g;

const CYRILLIC: Record<string, string> = {
  а: "a", ә: "a", б: "b", в: "v", г: "g", ғ: "g", д: "d", е: "e", ё: "yo", ж: "j", з: "z", и: "i", ӣ: "i", і: "i", й: "y",
  к: "k", қ: "k", л: "l", м: "m", н: "n", ң: "n", о: "o", ө: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ў: "o", ӯ: "u", ұ: "u", ү: "u",
  ф: "f", х: "h", ҳ: "h", һ: "h", ц: "ts", ч: "ch", ҷ: "j", җ: "j", ш: "sh", щ: "sh", ы: "i", э: "e", ю: "yu", я: "ya",
};

const LATIN: Record<string, string> = {
  ä: "a", ə: "a", ö: "o", ü: "u", ū: "u", ı: "i", ş: "sh", ç: "ch", ž: "j", ñ: "n", ň: "n", ğ: "g", ý: "y", x: "h", q: "k", w: "v",
};

const HAS_CYRILLIC = /[\u0400-\u04ff]/;

// The skeleton of one lower-cased word (no spaces). Digits and other scripts pass through.
export function foldScript(word: string): string {
  let out = word.replace(APOSTROPHES, "");
  if (HAS_CYRILLIC.test(out)) out = Array.from(out, (ch) => CYRILLIC[ch] ?? ch).join("");
  out = Array.from(out, (ch) => LATIN[ch] ?? ch).join("");
  // Remaining accents (é, ó, ą…) go; letters of other scripts keep their base letter.
  out = out.normalize("NFD").replace(/\p{Mn}/gu, "").normalize("NFC");
  return out
    .replace(/kh/g, "h")
    .replace(/zh/g, "j")
    .replace(/x/g, "h")
    .replace(/^ye/, "e")
    .replace(/([aeiou])ye/g, "$1e")
    // y is й in Uzbek Latin but ы in Turkmen and Kazakh Latin: one letter with и, і, ы, й.
    .replace(/y/g, "i");
}
