import path from "node:path";
import { getEnv } from "@/lib/env";
import { createLocalDiskStore } from "./create-local-disk-store";
import { createS3Store } from "./create-s3-store";
import type { TObjectStore } from "./object-store";

let store: TObjectStore | undefined;

// S3 when S3_ENDPOINT is set, otherwise files under DATA_DIR/storage.
export function getObjectStore(): TObjectStore {
  if (store) return store;
  const env = getEnv();
  store = env.S3_ENDPOINT
    ? createS3Store({
        endpoint: env.S3_ENDPOINT,
        publicUrl: env.S3_PUBLIC_URL,
        region: env.S3_REGION,
        bucket: env.S3_BUCKET,
        accessKey: env.S3_ACCESS_KEY!,
        secretKey: env.S3_SECRET_KEY!,
        pathStyle: env.S3_PATH_STYLE,
      })
    : createLocalDiskStore(path.join(env.DATA_DIR, "storage"));
  return store;
}
