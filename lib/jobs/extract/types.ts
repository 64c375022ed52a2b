export type TExtractLimits = { maxPages: number; maxChars: number; deadline: number };
export type TExtracted = { ok: true; text: string; truncated: boolean } | { ok: false; reason: string };

export class ExtractionRefused extends Error {}

// Throws when a file has taken its time; extractors call it between pages or parts.
export function checkDeadline(limits: TExtractLimits) {
  if (Date.now() > limits.deadline) throw new ExtractionRefused("took longer than the time allowed for one file");
}
