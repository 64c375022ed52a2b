// What Kitab accepts by default: documents, e-books, images, audio, video, ZIP/SCORM
// packages, plain text and WebVTT captions. UPLOAD_ALLOWED_TYPES replaces this list (patterns like video/*).
export const DEFAULT_ALLOWED_TYPES = [
  "application/pdf",
  "application/epub+zip",
  "application/zip",
  "application/msword",
  "application/vnd.ms-excel",
  "application/vnd.ms-powerpoint",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.presentation",
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/vnd.oasis.opendocument.graphics",
  "application/rtf",
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "image/tiff",
  "audio/*",
  "video/*",
  "text/plain",
  "text/csv",
  "text/markdown",
  "text/vtt",
];

// Refused whatever the list says: programs, scripts, and types a browser would run.
const NEVER = [
  "text/html",
  "image/svg+xml",
  "application/xml",
  "text/xml",
  "application/xhtml+xml",
  "application/javascript",
  "text/javascript",
  "text/x-script",
  "application/x-elf",
  "application/x-msdownload",
  "application/x-mach-binary",
  "application/x-sh",
  "application/java-archive",
  "application/vnd.android.package-archive",
  "application/x-msi",
  "application/x-ms-shortcut",
  "application/wasm",
  "application/octet-stream",
];

const PROGRAMS = new Set(["application/x-elf", "application/x-msdownload", "application/x-mach-binary", "application/x-msi", "application/java-archive", "application/vnd.android.package-archive", "application/wasm"]);

export type TTypeVerdict = { ok: true } | { ok: false; message: string };

export function checkMediaType(mediaType: string, allowed: readonly string[] = DEFAULT_ALLOWED_TYPES): TTypeVerdict {
  const listed = allowed.some((pattern) => (pattern.endsWith("/*") ? mediaType.startsWith(pattern.slice(0, -1)) : pattern === mediaType));
  if (listed && !NEVER.includes(mediaType)) return { ok: true };
  if (PROGRAMS.has(mediaType)) return { ok: false, message: `This file is a program (${mediaType}), whatever its name says. Kitab does not accept programs.` };
  if (mediaType === "text/x-script") return { ok: false, message: "This file is a script. Kitab does not accept scripts." };
  if (mediaType === "application/octet-stream") {
    return { ok: false, message: "Kitab could not recognise this file's type from its contents, so it is not accepted." };
  }
  return {
    ok: false,
    message: `Files of type ${mediaType} are not accepted. Accepted: PDF, office and OpenDocument documents, EPUB, images, audio, video, ZIP (SCORM) packages, plain text and WebVTT captions.`,
  };
}

export function parseAllowedTypes(value: string | undefined): string[] {
  return value ? value.split(",").map((t) => t.trim().toLowerCase()).filter(Boolean) : DEFAULT_ALLOWED_TYPES;
}
