// Words of a text with where they are: letters and digits, with apostrophes inside a word
// kept (o'qituvchi, gʻoya, Ўзбекистонʼ). NFKC first so full-width and compatibility forms
// match their plain letters; control characters and null bytes are separators.
export type TToken = { word: string; start: number; end: number };

const WORD = /[\p{L}\p{N}\p{M}]+(?:['ʼʻ‘’`´][\p{L}\p{M}]+)*/gu;
export const MAX_TOKEN_LENGTH = 60;

export function tokenize(text: string): TToken[] {
  const tokens: TToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].normalize("NFKC").toLowerCase();
    if (word.length > MAX_TOKEN_LENGTH) continue; // not a word: a hash, a base64 blob
    tokens.push({ word, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
