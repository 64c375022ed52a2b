import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { checkMediaType, parseAllowedTypes } from "@/lib/files/allowed-media-types";
import { detectMediaType } from "@/lib/files/detect-media-type";
import { sanitizeFileName } from "@/lib/files/sanitize-file-name";
import type { TDb } from "@/lib/server/database/create-db";
import { getObjectStore } from "@/lib/storage/get-object-store";
import { hashAndSniff } from "./hash-and-sniff";

// A file from disk attached to a resource by the importer, with the same checks as an upload.
// `relative` must stay inside `root`.
export async function importLocalFile(db: TDb, options: { resourceId: string; root: string; relative: string }) {
  const root = path.resolve(options.root);
  const file = path.resolve(root, options.relative);
  if (!file.startsWith(`${root}${path.sep}`)) throw new AppError("VALIDATION", `${options.relative}: outside the --files folder`);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new AppError("VALIDATION", `${options.relative}: no such file`);
  if (info.size > getEnv().UPLOAD_MAX_BYTES) throw new AppError("VALIDATION", `${options.relative}: larger than UPLOAD_MAX_BYTES`);
  const { sha256, size, head } = await hashAndSniff(createReadStream(file));
  const mediaType = await detectMediaType(head, file);
  const verdict = checkMediaType(mediaType, parseAllowedTypes(getEnv().UPLOAD_ALLOWED_TYPES));
  if (!verdict.ok) throw new AppError("UNSUPPORTED_MEDIA_TYPE", `${options.relative}: ${verdict.message}`);
  const existing = await db.resourceFile.findUnique({ where: { resourceId_sha256: { resourceId: options.resourceId, sha256 } } });
  if (existing) return { fileId: existing.id, created: false };
  const objectKey = `file-${randomBytes(16).toString("hex")}`;
  const store = getObjectStore();
  await store.put(objectKey, createReadStream(file), size);
  try {
    const row = await db.resourceFile.create({
      data: { id: randomUUID(), resourceId: options.resourceId, objectKey, originalName: sanitizeFileName(path.basename(file), mediaType), size: BigInt(size), mediaType, sha256 },
    });
    return { fileId: row.id, created: true };
  } catch (error) {
    await store.remove(objectKey);
    throw error;
  }
}
