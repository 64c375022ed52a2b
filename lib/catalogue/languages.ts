// The languages Kitab's forms offer first, with their own names.
export const CATALOGUE_LANGUAGES = [
  { tag: "kk", name: "Қазақша" },
  { tag: "ky", name: "Кыргызча" },
  { tag: "tg", name: "Тоҷикӣ" },
  { tag: "tk", name: "Türkmençe" },
  { tag: "uz-Latn", name: "Oʻzbekcha" },
  { tag: "uz-Cyrl", name: "Ўзбекча" },
  { tag: "ru", name: "Русский" },
  { tag: "en", name: "English" },
] as const;
