// KIM's SKOS edition of ISCED-F 2013 (https://w3id.org/kim/isced-2013/) names each field
// "n" + its code, except where a narrow field has a single detailed field: those share one
// concept, named after one of the two codes.
const MERGED: Readonly<Record<string, string>> = {
  "001": "0011",
  "002": "0021",
  "003": "0031",
  "01": "011",
  "042": "0421",
  "06": "061",
  "0821": "082",
  "083": "0831",
  "084": "0841",
  "104": "1041",
};

// The concept's URI for an ISCED-F code, or null for codes outside the vocabulary
// ("99" field unknown, and anything malformed).
export function iscedFieldUri(code: string): string | null {
  if (!/^\d{2,4}$/.test(code) || code.startsWith("99")) return null;
  return `https://w3id.org/kim/isced-2013/n${MERGED[code] ?? code}`;
}
