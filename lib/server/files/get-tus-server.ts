import "server-only";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { FileStore } from "@tus/file-store";
import { S3Store } from "@tus/s3-store";
import { Server, type DataStore } from "@tus/server";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { toOutageError } from "@/lib/http/to-outage-error";
import { logger } from "@/lib/log/logger";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { localObjectsDirectory } from "@/lib/storage/create-local-disk-store";
import { getObjectStore } from "@/lib/storage/get-object-store";
import { createPostgresLocker } from "./create-postgres-locker";
import { findUploadableResource } from "./find-uploadable-resource";
import { storeFinishedUpload } from "./store-finished-upload";
import { tusOutageAnswer } from "./tus-outage-answer";
import { uploadHashTracker } from "./upload-hash-tracker";

type TTusError = { status_code: number; body: string };
const refuse = (status_code: number, body: string): TTusError => ({ status_code, body: `${body}\n` });

let server: Server | undefined;

// Bytes are hashed on their way into the store (see upload-hash-tracker.ts).
function hashWhileWriting(datastore: DataStore): DataStore {
  const write = datastore.write.bind(datastore);
  datastore.write = async (stream, id, offset) => {
    const tracked = uploadHashTracker.wrap(stream, id, offset);
    try {
      const newOffset = await write(tracked.stream, id, offset);
      tracked.settle(newOffset);
      return newOffset;
    } catch (error) {
      tracked.settle(null);
      throw error;
    }
  };
  return datastore;
}

const fileHeaders = (stored: { fileId: string; duplicate: boolean }) => ({
  "Kitab-File-Id": stored.fileId,
  "Kitab-Duplicate": String(stored.duplicate),
  "Access-Control-Expose-Headers": "Kitab-File-Id, Kitab-Duplicate",
});

// Drops an upload's bookkeeping (.info on S3, .json on disk), keeping its object as the file.
async function forgetUpload(datastore: DataStore, id: string): Promise<void> {
  const store = getObjectStore();
  await Promise.all([`${id}.info`, `${id}.json`, `${id}.part`].map((key) => store.remove(key).catch(() => {})));
  await (datastore as { clearCache?: (id: string) => Promise<void> }).clearCache?.(id);
}

// Drops an upload entirely. S3Store.remove() first aborts the multipart upload, which S3 no
// longer knows once it is complete, and then gives up; so the object is also deleted here.
async function discardUpload(datastore: DataStore, id: string): Promise<void> {
  await datastore.remove(id).catch(() => {});
  await getObjectStore().remove(id).catch(() => {});
  await forgetUpload(datastore, id);
}

// Resumable uploads (tus 1.0: creation, termination, expiration) into the same object store
// as everything else: partial uploads live under their upload id (tus-…) in the bucket or the
// local objects folder, and a finished one is copied to its final key by storeFinishedUpload.
export function getTusServer(): Server {
  if (server) return server;
  const env = getEnv();
  const expirationPeriodInMilliseconds = env.UPLOAD_EXPIRY_HOURS * 3600_000;
  const datastore: DataStore = hashWhileWriting(env.S3_ENDPOINT
    ? new S3Store({
        // Parts are buffered on disk, not in memory; a dropped connection loses at most one part.
        partSize: 8 * 1024 * 1024,
        expirationPeriodInMilliseconds,
        // Expiry is checked from the upload's own info, not from object tags (not every S3 server has them).
        useTags: false,
        s3ClientConfig: {
          bucket: env.S3_BUCKET,
          region: env.S3_REGION,
          endpoint: env.S3_ENDPOINT,
          forcePathStyle: env.S3_PATH_STYLE,
          // The SDK's default trailing checksums (aws-chunked uploads) are not understood by
          // every S3 server (Ceph RGW, older MinIO); send checksums only where S3 demands them.
          requestChecksumCalculation: "WHEN_REQUIRED",
          responseChecksumValidation: "WHEN_REQUIRED",
          credentials: { accessKeyId: env.S3_ACCESS_KEY!, secretAccessKey: env.S3_SECRET_KEY! },
        },
      })
    : new FileStore({ directory: localObjectsDirectory(path.join(env.DATA_DIR, "storage")), expirationPeriodInMilliseconds }));

  server = new Server({
    path: "/api/uploads",
    datastore,
    // Locks shared by every app replica on this database (tus's default sees one process only).
    ...(env.DATABASE_URL ? { locker: createPostgresLocker({ connectionString: env.DATABASE_URL }) } : {}),
    maxSize: env.UPLOAD_MAX_BYTES,
    // S3 or the database down: 503 (the client resumes later), not a bare 500.
    onResponseError: tusOutageAnswer,
    relativeLocation: true,
    // The upload's id is the finished file's object key: built by the server, never from the name.
    namingFunction: () => `file-${randomBytes(16).toString("hex")}`,
    async onIncomingRequest(request, uploadId) {
      if (request.method === "POST") return; // creation is checked in onUploadCreate
      const viewer = await getViewer();
      if (!viewer) throw refuse(401, "Sign in to upload.");
      // Only the person who started an upload may continue, inspect or cancel it.
      const upload = await datastore.getUpload(uploadId).catch(() => null);
      if (upload && upload.metadata?.userId !== viewer.id) throw refuse(404, "No such upload.");
    },
    async onUploadCreate(_request, upload) {
      const viewer = await getViewer();
      if (!viewer) throw refuse(401, "Sign in to upload.");
      const fileName = upload.metadata?.filename ?? upload.metadata?.name; // tus-js-client / Uppy
      if (!fileName || fileName.length > 1000) throw refuse(400, "The upload must name its file (Upload-Metadata filename).");
      if (!(await findUploadableResource(viewer, upload.metadata?.resourceId))) {
        throw refuse(404, "No such resource, or you may not add files to it.");
      }
      const replaces = upload.metadata?.replaces;
      if (replaces && !/^[0-9a-f-]{36}$/.test(replaces)) throw refuse(400, "Upload-Metadata replaces must be the id of one of the resource's files.");
      return { metadata: { ...upload.metadata, userId: viewer.id } };
    },
    async onUploadFinish(_request, upload) {
      const viewer = await getViewer();
      try {
        if (!viewer) throw new AppError("UNAUTHENTICATED", "Sign in to upload.");
        const stored = await storeFinishedUpload({
          viewer,
          uploadKey: upload.id,
          resourceId: upload.metadata?.resourceId,
          fileName: upload.metadata?.filename ?? upload.metadata?.name,
          fingerprint: uploadHashTracker.take(upload.id, upload.offset),
          replaces: upload.metadata?.replaces || null,
        });
        // The object stays where it is as the file; only the upload's bookkeeping goes.
        if (!stored.duplicate) {
          await forgetUpload(datastore, upload.id);
          return { headers: fileHeaders(stored) };
        }
        await discardUpload(datastore, upload.id);
        return { headers: fileHeaders(stored) };
      } catch (error) {
        await discardUpload(datastore, upload.id);
        if (error instanceof AppError) throw refuse(error.status, error.message);
        const outage = toOutageError(error);
        if (outage) throw refuse(outage.status, outage.message);
        logger.error({ err: error }, "upload: storing a finished upload failed");
        throw refuse(500, "The file could not be stored. Please try again.");
      }
    },
  });
  return server;
}
