export type TThumbnailSource = "image" | "pdf" | "video";

// What a thumbnail of a media type is drawn from, or null when it gets none. SVG is left
// out on purpose: it is a document that may reference other files, not a picture.
export function thumbnailSource(mediaType: string): TThumbnailSource | null {
  if (/^image\/(png|jpeg|gif|webp|tiff|avif|heic|heif|bmp)$/.test(mediaType)) return "image";
  if (mediaType === "application/pdf") return "pdf";
  if (mediaType.startsWith("video/")) return "video";
  return null;
}
