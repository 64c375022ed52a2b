import "server-only";
import { enqueueFileProcessing } from "@/lib/server/processing/enqueue-file-processing";
import { randomUUID } from "node:crypto";
import type { TViewer } from "@/lib/authz/types";
import { getEnv } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { checkMediaType, parseAllowedTypes } from "@/lib/files/allowed-media-types";
import { detectMediaType } from "@/lib/files/detect-media-type";
import { sanitizeFileName } from "@/lib/files/sanitize-file-name";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { getDb } from "@/lib/server/database/get-db";
import { getObjectStore } from "@/lib/storage/get-object-store";
import { findUploadableResource } from "./find-uploadable-resource";
import { hashAndSniff } from "./hash-and-sniff";
import type { TFingerprint } from "./create-fingerprinter";
import { logger } from "@/lib/log/logger";

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === "P2002";

export type TStoredFile = { fileId: string; duplicate: boolean; mediaType: string; sha256: string; size: number; name: string };

// A finished tus upload becomes a ResourceFile: hashed (while it arrived, or now), its type
// read from its bytes and checked against the allow-list, and recorded under the object key
// the server gave the upload. The caller removes the object when this throws, so a file is
// either complete (row and object) or absent. The same bytes twice on one resource are kept once.
export async function storeFinishedUpload(options: {
  viewer: TViewer;
  uploadKey: string;
  resourceId: string | null | undefined;
  fileName: string | null | undefined;
  fingerprint: TFingerprint | null;
  // The id of a current file of the resource that this one replaces; the old one stays
  // downloadable as an earlier version.
  replaces?: string | null;
}): Promise<TStoredFile> {
  const resource = await findUploadableResource(options.viewer, options.resourceId);
  if (!resource) throw notFound();
  const store = getObjectStore();
  const { sha256, size, head } = options.fingerprint ?? (await hashAndSniff(await store.get(options.uploadKey)));
  const mediaType = await detectMediaType(head, options.fileName ?? "");
  const verdict = checkMediaType(mediaType, parseAllowedTypes(getEnv().UPLOAD_ALLOWED_TYPES));
  if (!verdict.ok) throw new AppError("UNSUPPORTED_MEDIA_TYPE", verdict.message);
  const name = sanitizeFileName(options.fileName ?? "file", mediaType);
  const db = getDb();
  const existing = await db.resourceFile.findUnique({ where: { resourceId_sha256: { resourceId: resource.id, sha256 } } });
  if (existing) return { fileId: existing.id, duplicate: true, mediaType, sha256, size, name: existing.originalName };

  const fileId = randomUUID();
  const objectKey = options.uploadKey;
  try {
    await db.$transaction(async (tx) => {
      await tx.resourceFile.create({
        data: { id: fileId, resourceId: resource.id, objectKey, originalName: name, size: BigInt(size), mediaType, sha256 },
      });
      if (options.replaces) {
        const replaced = await tx.resourceFile.updateMany({ where: { id: options.replaces, resourceId: resource.id, replacedById: null }, data: { replacedById: fileId } });
        if (replaced.count !== 1) throw new AppError("CONFLICT", "The file to replace is not a current file of this resource (was it replaced already?).");
      }
      await recordAuditEvent(tx, {
        actorId: options.viewer.id,
        action: "resource.file.add",
        entityType: "Resource",
        entityId: resource.id,
        countryCode: resource.library.countryCode,
        after: { fileId, name, size, mediaType, sha256, ...(options.replaces ? { replaces: options.replaces } : {}) },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      const winner = await db.resourceFile.findUniqueOrThrow({ where: { resourceId_sha256: { resourceId: resource.id, sha256 } } });
      return { fileId: winner.id, duplicate: true, mediaType, sha256, size, name: winner.originalName };
    }
    throw error;
  }
  // Its text and search row come from the worker; if the queue cannot take the job now, the
  // file stays pending and the worker's sweep picks it up.
  await enqueueFileProcessing([fileId]).catch((error: unknown) => logger.error({ err: error, fileId }, "queue: could not enqueue"));
  return { fileId, duplicate: false, mediaType, sha256, size, name };
}
