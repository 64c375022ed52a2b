import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { TObjectStore } from "@/lib/storage/object-store";
import { hashStream } from "./hash-stream";

// Size and SHA-256 of a stored object, or null when it is not there.
export async function hashObject(store: TObjectStore, key: string): Promise<{ size: number; sha256: string } | null> {
  if (!(await store.stat(key))) return null;
  const hashed = hashStream();
  await pipeline(await store.get(key), hashed.stream, new Writable({ write: (_chunk, _encoding, callback) => callback() }));
  return hashed.result();
}
