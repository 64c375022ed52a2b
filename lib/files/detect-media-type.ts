import { fileTypeFromBuffer } from "file-type";

const LEGACY_OFFICE: Record<string, string> = {
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
};

const TEXT_BY_EXTENSION: Record<string, string> = { csv: "text/csv", md: "text/markdown", markdown: "text/markdown" };

const extensionOf = (name: string) => /\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1]?.toLowerCase() ?? "";

// The media type from the bytes (the first few hundred KiB), never from the name alone: the
// name only tells apart formats that share one container (old Office files, text flavours).
export async function detectMediaType(head: Uint8Array, fileName: string): Promise<string> {
  const extension = extensionOf(fileName);
  const detected = await fileTypeFromBuffer(head);
  if (detected) {
    if (detected.mime === ("application/x-cfb" as string)) return LEGACY_OFFICE[extension] ?? "application/x-cfb";
    if (detected.mime === ("application/xml" as string) && Buffer.from(head).toString("utf8").toLowerCase().includes("<svg")) return "image/svg+xml";
    return detected.mime;
  }
  if (head.length === 0 || head.includes(0)) return "application/octet-stream";
  let text: string;
  try {
    // A multi-byte character may be cut at the end of the sample; drop up to 3 trailing bytes.
    text = new TextDecoder("utf-8", { fatal: true }).decode(trimPartialCharacter(head));
  } catch {
    return "application/octet-stream";
  }
  const start = text.replace(/^\uFEFF/, "").trimStart().slice(0, 512).toLowerCase();
  if (start.startsWith("#!")) return "text/x-script";
  if (/^<(!doctype html|html|head|body|script|iframe)\b/.test(start)) return "text/html";
  if (/^<svg\b/.test(start) || (start.startsWith("<?xml") && start.includes("<svg"))) return "image/svg+xml";
  if (start.startsWith("<?xml")) return "application/xml";
  return TEXT_BY_EXTENSION[extension] ?? "text/plain";
}

function trimPartialCharacter(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const b = bytes[end - i]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte
    if (b >= 0xc0) {
      const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      if (i < needed) end -= i;
    }
    break;
  }
  return bytes.subarray(0, end);
}

export const EXTENSION_OF_TYPE: Record<string, string> = {
  "application/pdf": "pdf",
  "application/epub+zip": "epub",
  "application/zip": "zip",
  "application/msword": "doc",
  "application/vnd.ms-excel": "xls",
  "application/vnd.ms-powerpoint": "ppt",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.oasis.opendocument.presentation": "odp",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
  "video/mp4": "mp4",
  "video/webm": "webm",
  "audio/mpeg": "mp3",
  "text/plain": "txt",
  "text/vtt": "vtt",
};
