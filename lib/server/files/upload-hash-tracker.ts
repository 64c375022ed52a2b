import "server-only";
import { createHash, type Hash } from "node:crypto";
import { Transform, type Readable } from "node:stream";

const HEAD_BYTES = 256 * 1024;

type TState = { hash: Hash; size: number; head: Buffer[]; headLength: number };

const states = new Map<string, TState>();

export type TFingerprint = { sha256: string; size: number; head: Uint8Array };

// Hashes an upload's bytes as they arrive, so a finished upload need not be read back. It
// only vouches for an upload whose chunks all came through this process, in order, and were
// all kept by the store; after a restart, a retried chunk or a failed write, it steps aside
// and the file is read back instead.
export const uploadHashTracker = {
  wrap(stream: Readable, id: string, offset: number): { stream: Readable; settle: (newOffset: number | null) => void } {
    let state = states.get(id);
    if (offset === 0) state = { hash: createHash("sha256"), size: 0, head: [], headLength: 0 };
    if (!state || state.size !== offset) {
      states.delete(id);
      return { stream, settle: () => {} };
    }
    const current = state;
    states.delete(id); // re-added only if this chunk is kept whole
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        current.hash.update(chunk);
        current.size += chunk.length;
        if (current.headLength < HEAD_BYTES) {
          const part = chunk.subarray(0, HEAD_BYTES - current.headLength);
          current.head.push(part);
          current.headLength += part.length;
        }
        callback(null, chunk);
      },
    });
    stream.on("error", (error) => tap.destroy(error));
    return {
      stream: stream.pipe(tap),
      settle(newOffset) {
        if (newOffset !== null && newOffset === current.size) states.set(id, current);
      },
    };
  },

  take(id: string, expectedSize: number): TFingerprint | null {
    const state = states.get(id);
    states.delete(id);
    if (!state || state.size !== expectedSize) return null;
    return { sha256: state.hash.digest("hex"), size: state.size, head: new Uint8Array(Buffer.concat(state.head)) };
  },
};
