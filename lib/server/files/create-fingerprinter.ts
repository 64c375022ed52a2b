import "server-only";
import { createHash } from "node:crypto";

export type TFingerprint = { sha256: string; size: number; head: Uint8Array };

// Bytes in, fingerprint out: the SHA-256, the size, and the first 256 KiB for type detection.
export function createFingerprinter() {
  const HEAD_BYTES = 256 * 1024;
  const hash = createHash("sha256");
  const head: Buffer[] = [];
  let headLength = 0;
  let size = 0;
  return {
    update(chunk: Buffer) {
      hash.update(chunk);
      size += chunk.length;
      if (headLength < HEAD_BYTES) {
        const part = chunk.subarray(0, HEAD_BYTES - headLength);
        head.push(part);
        headLength += part.length;
      }
    },
    get size() {
      return size;
    },
    digest(): TFingerprint {
      return { sha256: hash.digest("hex"), size, head: new Uint8Array(Buffer.concat(head)) };
    },
  };
}
