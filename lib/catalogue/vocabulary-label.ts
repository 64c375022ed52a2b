// A vocabulary value as people read it: LECTURE_NOTES or lecture_notes → "Lecture notes".
export function vocabularyLabel(name: string): string {
  const words = name.toLowerCase().replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
