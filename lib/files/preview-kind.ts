// How a file of this type can be looked at on the resource page without downloading it, or
// null. Only types a browser shows without running anything; PDFs wait for the pdf.js viewer.
export type TPreviewKind = "image" | "video" | "audio" | "text";

export function previewKind(mediaType: string): TPreviewKind | null {
  if (/^image\/(png|jpeg|gif|webp)$/.test(mediaType)) return "image";
  if (/^video\/(mp4|webm|ogg)$/.test(mediaType)) return "video";
  if (/^audio\/(mpeg|ogg|wav|x-wav|webm|mp4|flac|x-flac|aac)$/.test(mediaType)) return "audio";
  if (/^text\/(plain|csv|markdown)$/.test(mediaType)) return "text";
  return null;
}
