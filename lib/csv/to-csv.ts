// A cell that a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return
// before one) gets a leading apostrophe: OWASP's CSV-injection guard. Numbers are left alone.
const FORMULA_START = /^[=+\-@\t\r]/;

function toField(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

// RFC 4180: comma-separated, CRLF line ends, quoted where needed; a UTF-8 byte order mark
// first, so Excel reads Cyrillic and Uzbek Latin names as UTF-8.
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(toField).join(",")).join("\r\n")}\r\n`;
}
