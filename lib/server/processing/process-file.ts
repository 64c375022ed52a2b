import "server-only";
import { getEnv } from "@/lib/env";
import { extractText } from "@/lib/jobs/extract/extract-text";
import { extractorFor } from "@/lib/jobs/extract/extractor-for";
import { getDb } from "@/lib/server/database/get-db";
import { refreshSearchDocuments } from "@/lib/server/search/refresh-search-documents";
import { getObjectStore } from "@/lib/storage/get-object-store";

// Larger files are not read into memory for their text (the worker stays small).
const MAX_EXTRACT_BYTES = 256 * 1024 * 1024;

// One file's processing, as the worker runs it: its text (or why there is none), then the
// resource's search row. Expected refusals are recorded on the file; unexpected errors
// are thrown so the queue retries them.
export async function processFile(fileId: string): Promise<"DONE" | "NOT_EXTRACTABLE" | "GONE"> {
  const db = getDb();
  const file = await db.resourceFile.findUnique({ where: { id: fileId }, select: { id: true, resourceId: true, objectKey: true, mediaType: true, size: true } });
  if (!file) return "GONE";
  await db.resourceFile.update({ where: { id: fileId }, data: { processingStatus: "PROCESSING", processingStartedAt: new Date() } });
  const env = getEnv();
  let outcome: { ok: true; text: string } | { ok: false; reason: string };
  if (!extractorFor(file.mediaType)) outcome = { ok: false, reason: `no text is taken from ${file.mediaType} files` };
  else if (Number(file.size) > MAX_EXTRACT_BYTES) outcome = { ok: false, reason: "too large to take its text from (over 256 MB)" };
  else {
    const chunks: Buffer[] = [];
    for await (const chunk of await getObjectStore().get(file.objectKey)) chunks.push(chunk as Buffer);
    const data = new Uint8Array(Buffer.concat(chunks));
    outcome = await extractText(data, file.mediaType, { maxPages: env.EXTRACT_MAX_PAGES, maxChars: env.EXTRACT_MAX_CHARS, deadline: Date.now() + env.EXTRACT_TIMEOUT_SECONDS * 1000 });
  }
  await db.resourceFile.update({
    where: { id: fileId },
    data: outcome.ok
      ? { processingStatus: "DONE", processingError: null, extractedText: outcome.text }
      : { processingStatus: "NOT_EXTRACTABLE", processingError: outcome.reason, extractedText: null },
  });
  await refreshSearchDocuments([file.resourceId]);
  return outcome.ok ? "DONE" : "NOT_EXTRACTABLE";
}
