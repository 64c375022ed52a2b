// `npm run check:extraction`: text extraction on the real sample files in ../shared/corpus/files
// (not part of `npm test`, which must not depend on the corpus). Each file's type is detected
// from its bytes as on upload; prints what came out and fails when a file does not do what its
// row says.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { detectMediaType } from "@/lib/files/detect-media-type";
import { extractText } from "@/lib/jobs/extract/extract-text";
import { makeThumbnail } from "@/lib/jobs/thumbnails/make-thumbnail";

const DIR = path.resolve("../shared/corpus/files");
const words = (s: string) => s.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
type TExpect = { ok: true; contains?: string; sameAs?: string } | { ok: false; reason: RegExp };
const EXPECTED: Record<string, TExpect> = {
  "eskdx-ru.pdf": { ok: true, contains: "Руководство пользователя" },
  "lshort-mn-mongolian-cyrillic.pdf": { ok: true, contains: "гарын авлага" },
  "debian-edu-bullseye-manual-en.pdf": { ok: true, contains: "Debian Edu" },
  "debian-edu-bullseye-manual-en.epub": { ok: true, contains: "Debian Edu" },
  "calibre-quick-start-en.epub": { ok: true, contains: "calibre" },
  "textract-docx-raw_text.docx": { ok: true, sameAs: "textract-docx-raw_text.txt" },
  "textract-pptx-raw_text.pptx": { ok: true, sameAs: "textract-pptx-raw_text.txt" },
  "textract-epub-raw_text.epub": { ok: true, sameAs: "textract-epub-raw_text.txt" },
  "bad-really-a-pdf.docx": { ok: true },
  "lshortru-ru.pdf": { ok: false, reason: /garbled/ },
  "bad-truncated-lshortru.pdf": { ok: false, reason: /not a readable PDF/ },
  "bad-elf-executable.pdf": { ok: false, reason: /no text is taken|not a readable/ },
};

let failures = 0;
for (const [name, expected] of Object.entries(EXPECTED)) {
  const data = new Uint8Array(await readFile(path.join(DIR, name)));
  const mediaType = await detectMediaType(data.subarray(0, 4100), name);
  const started = performance.now();
  const result = await extractText(data, mediaType, { maxPages: 1000, maxChars: 2_000_000, deadline: Date.now() + 120_000 });
  const ms = (performance.now() - started).toFixed(0);
  let verdict = result.ok === expected.ok;
  let detail = result.ok ? `${result.text.length} chars: ${JSON.stringify(result.text.slice(0, 70))}` : result.reason;
  if (verdict && result.ok && expected.ok && expected.contains) verdict = result.text.includes(expected.contains);
  if (verdict && result.ok && expected.ok && expected.sameAs) {
    const want = new Set(words(await readFile(path.join(DIR, expected.sameAs), "utf8")));
    const got = new Set(words(result.text));
    const recall = [...want].filter((w) => got.has(w)).length / want.size;
    detail += ` · ${(recall * 100).toFixed(1)}% of the expected words`;
    verdict = recall >= 0.95;
  }
  if (verdict && !result.ok && !expected.ok) verdict = expected.reason.test(result.reason);
  // A picture is drawn for every readable PDF; a broken one simply gets none.
  const picture = await makeThumbnail({ path: path.join(DIR, name), mediaType, size: data.length }, { ffmpeg: "ffmpeg", deadline: Date.now() + 60_000 }).catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
  if (mediaType === "application/pdf" && result.ok && (typeof picture === "string" || !picture)) verdict = false;
  if (picture && typeof picture !== "string") detail += ` · thumbnail ${picture.width}×${picture.height} ${(picture.webp.length / 1024).toFixed(1)} KB`;
  else if (typeof picture === "string") detail += ` · no thumbnail (${picture.slice(0, 60)})`;
  if (!verdict) failures += 1;
  console.log(`${verdict ? "ok  " : "FAIL"} ${name.padEnd(36)} ${mediaType.padEnd(28)} ${ms.padStart(5)} ms  ${detail}`);
}
console.log(failures ? `${failures} failed` : "all as expected");
process.exitCode = failures ? 1 : 0;
