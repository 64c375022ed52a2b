// Characters XML 1.0 forbids anywhere, even as character references: C0 controls other than
// tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. A parser rejects the
// whole document for one of them, so they are dropped rather than escaped.
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const TEXT: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\r": "&#13;" };
// Parsers turn tabs and line breaks in attribute values into spaces unless they are references.
const ATTRIBUTE: Record<string, string> = { ...TEXT, "\t": "&#9;", "\n": "&#10;" };

// Text safe to place in XML 1.0 element content or in a quoted attribute value.
export function escapeXml(value: string, context: "text" | "attribute" = "text"): string {
  const table = context === "attribute" ? ATTRIBUTE : TEXT;
  const pattern = context === "attribute" ? /[&<>"'\r\t\n]/g : /[&<>"'\r]/g;
  return value.replace(FORBIDDEN, "").replace(pattern, (c) => table[c]!);
}
