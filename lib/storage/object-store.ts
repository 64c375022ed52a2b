import type { Readable } from "node:stream";

export type TObjectStat = { size: number; etag: string; lastModified: Date };

// The one interface both drivers (local disk, S3) implement. Keys are built by the
// server (see assertObjectKey), never taken from users.
export interface TObjectStore {
  readonly kind: "local" | "s3";
  /** Throws when the store cannot be used (for health checks). */
  check(): Promise<void>;
  put(key: string, body: Readable | Buffer, size?: number): Promise<void>;
  get(key: string, range?: { start: number; end: number }): Promise<Readable>;
  stat(key: string): Promise<TObjectStat | null>;
  remove(key: string): Promise<void>;
  /** Copies an object within the store (server-side on S3). */
  copy(sourceKey: string, targetKey: string): Promise<void>;
  /** A short-lived URL a browser can download from directly, when the store offers one. */
  presignDownload?(key: string, options: { seconds: number; contentDisposition: string; contentType: string }): Promise<string>;
}
