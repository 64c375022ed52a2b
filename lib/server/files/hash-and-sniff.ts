import "server-only";
import { createHash } from "node:crypto";
import type { Readable } from "node:stream";

const HEAD_BYTES = 256 * 1024;

// One pass over a stored object: its SHA-256, its size, and its first bytes for type detection.
export async function hashAndSniff(stream: Readable): Promise<{ sha256: string; size: number; head: Uint8Array }> {
  const hash = createHash("sha256");
  const head: Buffer[] = [];
  let headLength = 0;
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
    if (headLength < HEAD_BYTES) {
      const part = chunk.subarray(0, HEAD_BYTES - headLength);
      head.push(part);
      headLength += part.length;
    }
  }
  return { sha256: hash.digest("hex"), size, head: new Uint8Array(Buffer.concat(head)) };
}
