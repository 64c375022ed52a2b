const KNOWN = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

// The language of a captions file, from the tag before ".vtt" (lecture.ru.vtt, talk.uz-Latn.vtt),
// else the resource's first language: a <track> needs one for its srclang. A word that is no
// known language ("notes.old.vtt") is part of the name, not a tag.
export function captionLanguage(fileName: string, resourceLanguages: readonly string[]): string | null {
  const tag = /\.([a-z]{2,3}(?:-[a-z0-9]{2,8})*)\.vtt$/i.exec(fileName)?.[1];
  if (tag) {
    try {
      const canonical = Intl.getCanonicalLocales(tag)[0];
      if (canonical && KNOWN.of(canonical)) return canonical;
    } catch {
      // Not a well-formed tag: fall back to the resource's language.
    }
  }
  return resourceLanguages[0] ?? null;
}
