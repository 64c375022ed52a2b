import * as Minio from "minio";
import type { Readable } from "node:stream";
import { assertObjectKey } from "./assert-object-key";
import type { TObjectStore } from "./object-store";

export type TS3Config = {
  endpoint: string;
  publicUrl?: string;
  region: string;
  bucket: string;
  accessKey: string;
  secretKey: string;
  pathStyle: boolean;
};

function isNotFound(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === "NotFound" || code === "NoSuchKey";
}

// Any S3-compatible server (MinIO, Ceph RGW, AWS) through the minio client.
export function createS3Store(config: TS3Config): TObjectStore {
  const clientFor = (endpoint: string) => {
    const url = new URL(endpoint);
    const useSSL = url.protocol === "https:";
    return new Minio.Client({
      endPoint: url.hostname,
      port: url.port ? Number(url.port) : useSSL ? 443 : 80,
      useSSL,
      region: config.region,
      accessKey: config.accessKey,
      secretKey: config.secretKey,
      pathStyle: config.pathStyle,
    });
  };
  const client = clientFor(config.endpoint);
  // Presigned URLs are signed for the host the browser will use, which may differ from the app's.
  const publicClient = config.publicUrl ? clientFor(config.publicUrl) : undefined;
  const { bucket } = config;
  let bucketReady = false;
  return {
    kind: "s3",
    async check() {
      if (bucketReady) {
        await client.bucketExists(bucket);
        return;
      }
      if (!(await client.bucketExists(bucket))) await client.makeBucket(bucket, config.region);
      bucketReady = true;
    },
    async put(key, body, size) {
      await client.putObject(bucket, assertObjectKey(key), body, size);
    },
    async get(key, range): Promise<Readable> {
      assertObjectKey(key);
      if (!range) return client.getObject(bucket, key);
      return client.getPartialObject(bucket, key, range.start, range.end - range.start + 1);
    },
    async stat(key) {
      try {
        const s = await client.statObject(bucket, assertObjectKey(key));
        return { size: s.size, etag: s.etag, lastModified: s.lastModified };
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    async remove(key) {
      await client.removeObject(bucket, assertObjectKey(key));
    },
    async copy(sourceKey, targetKey) {
      await client.copyObject(bucket, assertObjectKey(targetKey), `/${bucket}/${assertObjectKey(sourceKey)}`);
    },
    ...(publicClient
      ? {
          async presignDownload(key: string, options: { seconds: number; contentDisposition: string; contentType: string }) {
            return publicClient.presignedGetObject(bucket, assertObjectKey(key), options.seconds, {
              "response-content-disposition": options.contentDisposition,
              "response-content-type": options.contentType,
            });
          },
        }
      : {}),
  };
}
