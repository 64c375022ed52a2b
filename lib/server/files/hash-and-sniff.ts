import "server-only";
import type { Readable } from "node:stream";
import { createFingerprinter, type TFingerprint } from "./create-fingerprinter";

// One pass over a stored object: its SHA-256, its size, and its first bytes for type detection.
export async function hashAndSniff(stream: Readable): Promise<TFingerprint> {
  const fingerprinter = createFingerprinter();
  for await (const chunk of stream as AsyncIterable<Buffer>) fingerprinter.update(chunk);
  return fingerprinter.digest();
}
