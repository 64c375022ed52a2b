import { readFile } from "node:fs/promises";
import sharp from "sharp";
import { runPdfThread } from "@/lib/jobs/extract/run-pdf-thread";
import { thumbnailSource } from "./thumbnail-source";
import { videoFrame } from "./video-frame";

export const THUMBNAIL_WIDTH = 320;
const MAX_PDF_BYTES = 256 * 1024 * 1024;
const MAX_IMAGE_PIXELS = 100_000_000;

sharp.cache(false); // one image at a time, never the same twice: a cache only holds memory
sharp.concurrency(1);

// A small WebP picture of a file (a PDF's first page, the image itself, a video's frame), or
// null when its type has none or the file cannot be drawn (a broken image, no ffmpeg). Reads
// the file from a local path, so a large video is never held in memory.
export async function makeThumbnail(file: { path: string; mediaType: string; size: number }, options: { ffmpeg: string; deadline: number }): Promise<{ webp: Buffer; width: number; height: number } | null> {
  const source = thumbnailSource(file.mediaType);
  let input: Buffer | string | null = null;
  if (source === "image") input = file.path;
  else if (source === "pdf" && file.size <= MAX_PDF_BYTES) {
    const page = await runPdfThread(new Uint8Array(await readFile(file.path)), { task: "first-page", width: THUMBNAIL_WIDTH }, options.deadline);
    input = Buffer.from(page.png);
  } else if (source === "video") input = await videoFrame(file.path, { ffmpeg: options.ffmpeg, width: THUMBNAIL_WIDTH, deadline: options.deadline });
  if (!input) return null;
  const { data, info } = await sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error" })
    .rotate() // as the camera held it (EXIF orientation)
    .resize({ width: THUMBNAIL_WIDTH, height: THUMBNAIL_WIDTH * 1.5, fit: "inside", withoutEnlargement: true })
    .flatten({ background: "#ffffff" })
    .webp({ quality: 70, effort: 4 })
    .toBuffer({ resolveWithObject: true });
  return { webp: data, width: info.width, height: info.height };
}
