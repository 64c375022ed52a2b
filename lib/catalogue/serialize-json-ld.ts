// JSON for a <script type="application/ld+json"> element. The HTML parser ends a script at the
// first "</script", whatever JSON thinks, so "<" (and ">", "&", and the two line separators old
// JavaScript parsers choke on) become \u escapes: the same JSON to a parser, inert to HTML.
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll("<", "\\u003c")
    .replaceAll(">", "\\u003e")
    .replaceAll("&", "\\u0026")
    .replaceAll("\u2028", "\\u2028")
    .replaceAll("\u2029", "\\u2029");
}
