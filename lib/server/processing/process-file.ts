import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { getEnv } from "@/lib/env";
import { extractText } from "@/lib/jobs/extract/extract-text";
import { extractorFor } from "@/lib/jobs/extract/extractor-for";
import { makeThumbnail } from "@/lib/jobs/thumbnails/make-thumbnail";
import { thumbnailSource } from "@/lib/jobs/thumbnails/thumbnail-source";
import { getDb } from "@/lib/server/database/get-db";
import { refreshSearchDocuments } from "@/lib/server/search/refresh-search-documents";
import { getObjectStore } from "@/lib/storage/get-object-store";
import { thumbnailKey } from "./thumbnail-key";

// Larger files are not read into memory for their text (the worker stays small).
const MAX_EXTRACT_BYTES = 256 * 1024 * 1024;

// One file's processing, as the worker runs it: its text (or why there is none) and its
// thumbnail, then the resource's search row. The object is copied to a local file first, so
// memory stays flat whatever its size. Expected refusals are recorded on the file; unexpected
// errors are thrown so the queue retries them.
export async function processFile(fileId: string, log: (message: string) => void = console.log): Promise<"DONE" | "NOT_EXTRACTABLE" | "GONE"> {
  const db = getDb();
  const file = await db.resourceFile.findUnique({ where: { id: fileId }, select: { id: true, resourceId: true, objectKey: true, mediaType: true, size: true } });
  if (!file) return "GONE";
  await db.resourceFile.update({ where: { id: fileId }, data: { processingStatus: "PROCESSING", processingStartedAt: new Date() } });
  const env = getEnv();
  const size = Number(file.size);
  const deadline = Date.now() + env.EXTRACT_TIMEOUT_SECONDS * 1000;
  // Why no text will be taken, if none will.
  const refusal = !extractorFor(file.mediaType) ? `no text is taken from ${file.mediaType} files` : size > MAX_EXTRACT_BYTES ? "too large to take its text from (over 256 MB)" : null;
  const local = !refusal || thumbnailSource(file.mediaType) ? await copyToLocal(file.objectKey, env.DATA_DIR) : null;
  let outcome: { ok: true; text: string } | { ok: false; reason: string };
  try {
    if (refusal) outcome = { ok: false, reason: refusal };
    else outcome = await extractText(new Uint8Array(await readFile(local!)), file.mediaType, { maxPages: env.EXTRACT_MAX_PAGES, maxChars: env.EXTRACT_MAX_CHARS, deadline });
    // A file without a picture is still a good file: a thumbnail that cannot be drawn is logged.
    const thumbnail = local
      ? await makeThumbnail({ path: local, mediaType: file.mediaType, size }, { ffmpeg: env.FFMPEG_PATH, deadline: Date.now() + env.EXTRACT_TIMEOUT_SECONDS * 1000 }).catch((error: unknown) => {
          log(`file ${fileId}: no thumbnail (${error instanceof Error ? error.message : String(error)})`);
          return null;
        })
      : null;
    if (thumbnail) await getObjectStore().put(thumbnailKey(fileId), thumbnail.webp, thumbnail.webp.length);
    await db.resourceFile.update({
      where: { id: fileId },
      data: {
        ...(outcome.ok
          ? { processingStatus: "DONE", processingError: null, extractedText: outcome.text }
          : { processingStatus: "NOT_EXTRACTABLE", processingError: outcome.reason, extractedText: null }),
        thumbnailHash: thumbnail ? createHash("sha256").update(thumbnail.webp).digest("hex").slice(0, 16) : null,
        thumbnailWidth: thumbnail?.width ?? null,
        thumbnailHeight: thumbnail?.height ?? null,
      },
    });
  } finally {
    if (local) await rm(local, { force: true });
  }
  await refreshSearchDocuments([file.resourceId]);
  return outcome.ok ? "DONE" : "NOT_EXTRACTABLE";
}

async function copyToLocal(objectKey: string, dataDir: string): Promise<string> {
  const directory = path.join(dataDir, "tmp", "processing");
  await mkdir(directory, { recursive: true });
  const file = path.join(directory, randomUUID());
  try {
    await pipeline(await getObjectStore().get(objectKey), createWriteStream(file));
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
  return file;
}
