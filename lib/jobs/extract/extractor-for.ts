export type TExtractor = "pdf" | "docx" | "pptx" | "odf" | "epub" | "zip" | "html" | "text";

const BY_TYPE: Record<string, TExtractor> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
  "application/vnd.oasis.opendocument.text": "odf",
  "application/vnd.oasis.opendocument.presentation": "odf",
  "application/epub+zip": "epub",
  "application/zip": "zip",
  "text/html": "html",
  "application/xhtml+xml": "html",
};

// Which extractor takes the text of a media type, or null when it has none (images, video):
// the worker asks before reading a file from storage at all.
export function extractorFor(mediaType: string): TExtractor | null {
  return BY_TYPE[mediaType] ?? (mediaType.startsWith("text/") ? "text" : null);
}
