// Whether extracted text is real text. Legacy 8-bit font encodings in PDFs give "mojibake":
// Cyrillic read as Latin-1 ("Íå î÷åíü êðàòêîå" for "Не очень краткое"), so accented Latin
// letters make up most of the letters; broken text layers give replacement characters or
// private-use glyphs. Returns the reason when the text is garbage, null when it is fine.
export function judgeText(text: string): string | null {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 20) return text.trim() ? null : "no text layer (a scan or an empty document)";
  const latin1 = letters.filter((c) => c >= "\u00c0" && c <= "\u00ff").length;
  const junk = (text.match(/[\ufffd\ue000-\uf8ff]/gu) ?? []).length;
  if (latin1 / letters.length > 0.3) return "the text layer is garbled (a legacy 8-bit font encoding: accented Latin letters where other letters should be)";
  if (junk / (letters.length + junk) > 0.1) return "the text layer is garbled (unreadable glyphs)";
  return null;
}
