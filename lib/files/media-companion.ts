// What a file is to the resource's video or audio: WebVTT captions for the player's <track>, or
// a transcript (plain text or PDF with "transcript" in its name) offered next to the player.
export type TMediaCompanion = "captions" | "transcript" | null;

export function mediaCompanion(file: { originalName: string; mediaType: string }): TMediaCompanion {
  if (file.mediaType === "text/vtt") return "captions";
  if ((file.mediaType === "text/plain" || file.mediaType === "application/pdf") && /transcript/i.test(file.originalName)) return "transcript";
  return null;
}
