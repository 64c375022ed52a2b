// Open Graph writes locales as language_TERRITORY (ru_RU). Kitab's tags rarely name a region, so
// the catalogue languages get the country they are mainly used in; a script subtag (uz-Latn) has
// no place there and is dropped.
const TERRITORIES: Readonly<Record<string, string>> = { kk: "KZ", ky: "KG", tg: "TJ", tk: "TM", uz: "UZ", ru: "RU", en: "US" };

export function openGraphLocale(tag: string): string {
  const [language, ...subtags] = tag.split("-");
  const region = subtags.find((s) => /^[A-Z]{2}$/.test(s)) ?? TERRITORIES[language!.toLowerCase()];
  return region ? `${language!.toLowerCase()}_${region}` : language!.toLowerCase();
}
