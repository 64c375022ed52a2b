// Function words that carry no topic, left out of the index and of queries so that
// "history of Kazakhstan" finds "Kazakhstan history". Kept short: a wrong stopword loses recall.
export const STOPWORDS = new Set([
  // English
  "a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "with", "by", "at", "from", "is", "are", "as",
  // Russian
  "и", "в", "во", "на", "по", "для", "с", "со", "к", "о", "об", "из", "от", "до", "не", "что", "как", "а", "но", "или", "у", "за",
  // Uzbek
  "va", "bilan", "uchun", "ham", "bu", "ва", "билан", "учун", "ҳам",
  // Kazakh, Kyrgyz
  "және", "мен", "бен", "пен", "үшін", "бұл", "жана", "менен", "үчүн", "бул",
  // Tajik
  "ба", "дар", "аз", "барои", "бо", "ки",
  // Turkmen
  "we", "bilen", "üçin", "hem",
]);
