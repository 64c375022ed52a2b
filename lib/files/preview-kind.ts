// How a file of this type can be looked at on the resource page without downloading it, or
// null. Only types a browser shows without running anything, and PDFs, which the page's pdf.js
// viewer reads by ranges (served sandboxed like the rest).
// "captions" (WebVTT) are not shown on their own but read by the video player's <track>.
export type TPreviewKind = "image" | "video" | "audio" | "text" | "pdf" | "captions";

export function previewKind(mediaType: string): TPreviewKind | null {
  if (/^image\/(png|jpeg|gif|webp)$/.test(mediaType)) return "image";
  if (/^video\/(mp4|webm|ogg)$/.test(mediaType)) return "video";
  if (/^audio\/(mpeg|ogg|wav|x-wav|webm|mp4|flac|x-flac|aac)$/.test(mediaType)) return "audio";
  if (/^text\/(plain|csv|markdown)$/.test(mediaType)) return "text";
  if (mediaType === "application/pdf") return "pdf";
  if (mediaType === "text/vtt") return "captions";
  return null;
}
