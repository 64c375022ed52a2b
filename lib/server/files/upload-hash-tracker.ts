import "server-only";
import { Transform, type Readable } from "node:stream";
import { createFingerprinter, type TFingerprint } from "./create-fingerprinter";

type TState = ReturnType<typeof createFingerprinter>;

const states = new Map<string, TState>();

// Hashes an upload's bytes as they arrive, so a finished upload need not be read back. It
// only vouches for an upload whose chunks all came through this process, in order, and were
// all kept by the store; after a restart, a retried chunk or a failed write, it steps aside
// and the file is read back instead.
export const uploadHashTracker = {
  wrap(stream: Readable, id: string, offset: number): { stream: Readable; settle: (newOffset: number | null) => void } {
    const state = offset === 0 ? createFingerprinter() : states.get(id);
    states.delete(id); // re-added only if this chunk is kept whole
    if (!state || state.size !== offset) return { stream, settle: () => {} };
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        state.update(chunk);
        callback(null, chunk);
      },
    });
    stream.on("error", (error) => tap.destroy(error));
    return {
      stream: stream.pipe(tap),
      settle(newOffset) {
        if (newOffset !== null && newOffset === state.size) states.set(id, state);
      },
    };
  },

  take(id: string, expectedSize: number): TFingerprint | null {
    const state = states.get(id);
    states.delete(id);
    return state && state.size === expectedSize ? state.digest() : null;
  },
};
