import type { Readable } from "node:stream";

// A web stream that pulls from a Node stream chunk by chunk (so a slow client slows the
// read, and memory stays flat), and destroys it if the client goes away. Node 20's
// Readable.toWeb can throw "Controller is already closed" outside any handler and bring the
// server down, so it is not used.
export function nodeToWebStream(stream: Readable): ReadableStream<Uint8Array> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await iterator.next();
          if (done) controller.close();
          else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
        } catch (error) {
          controller.error(error);
        }
      },
      cancel() {
        stream.destroy();
      },
    },
    { highWaterMark: 0 },
  );
}
