import { stripControlCharacters } from "@/lib/text/strip-control-characters";
import { EXTENSION_OF_TYPE } from "./detect-media-type";

const SAME_TYPE: Record<string, string[]> = { jpg: ["jpeg", "jpe"], txt: ["text", "csv", "md", "markdown"], mp4: ["m4v"] };

// A name that is safe to show and to put in a header: no path, no control or bidi-override
// characters, at most 200 characters, and an extension that says what the bytes are.
export function sanitizeFileName(name: string, mediaType: string): string {
  const clean =
    stripControlCharacters(name.normalize("NFC"))
      .replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/g, "")
      .replace(/[\\/:*?"<>|\r\n\t]+/g, "_")
      .replace(/\s+/g, " ")
      .replace(/^[\s._]+|[\s.]+$/g, "") || "file";
  const dot = clean.lastIndexOf(".");
  let base = dot > 0 ? clean.slice(0, dot) : clean;
  let extension = dot > 0 ? clean.slice(dot + 1).toLowerCase() : "";
  const wanted = EXTENSION_OF_TYPE[mediaType];
  if (wanted && extension !== wanted && !(SAME_TYPE[wanted] ?? []).includes(extension)) {
    if (!/^[a-z0-9]{1,10}$/.test(extension)) base = clean; // "notes v2.final draft": not an extension
    extension = wanted;
  }
  base = [...base].slice(0, 195).join("").trim() || "file";
  return extension ? `${base}.${extension}` : base;
}
