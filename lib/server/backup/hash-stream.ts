import { createHash } from "node:crypto";
import { Transform } from "node:stream";

// A pass-through that counts and hashes what flows through it, so an object is read once
// whether it is being copied or checked.
export function hashStream(): { stream: Transform; result: () => { size: number; sha256: string } } {
  const hash = createHash("sha256");
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
  });
  let digest: string | undefined;
  return { stream, result: () => ({ size, sha256: (digest ??= hash.digest("hex")) }) };
}
