import { createReadStream } from "node:fs";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { hashStream } from "./hash-stream";

export async function hashFile(file: string): Promise<{ size: number; sha256: string }> {
  const hashed = hashStream();
  await pipeline(createReadStream(file), hashed.stream, new Writable({ write: (_chunk, _encoding, callback) => callback() }));
  return hashed.result();
}
