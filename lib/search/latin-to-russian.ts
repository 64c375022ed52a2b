// A rough Latin → Russian Cyrillic transliteration, only so that a Russian word typed in
// Latin letters (matematika, algoritmy) can go through the Russian stemmer as well.
const DIGRAPHS: [string, string][] = [["shch", "щ"], ["sh", "ш"], ["ch", "ч"], ["zh", "ж"], ["kh", "х"], ["ts", "ц"], ["ya", "я"], ["yu", "ю"], ["yo", "ё"]];
const LETTERS: Record<string, string> = {
  a: "а", b: "б", v: "в", g: "г", d: "д", e: "е", z: "з", i: "и", y: "ы", k: "к", l: "л", m: "м", n: "н", o: "о", p: "п",
  r: "р", s: "с", t: "т", u: "у", f: "ф", h: "х", j: "ж", c: "к", q: "к", x: "х", w: "в",
};

export function latinToRussian(word: string): string {
  let rest = word;
  let out = "";
  while (rest) {
    const digraph = DIGRAPHS.find(([latin]) => rest.startsWith(latin));
    if (digraph) {
      out += digraph[1];
      rest = rest.slice(digraph[0].length);
    } else {
      out += LETTERS[rest[0]!] ?? rest[0];
      rest = rest.slice(1);
    }
  }
  return out;
}
