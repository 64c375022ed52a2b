import http from "node:http";

// A request whose body the server may refuse before reading it all: the answer counts, and
// a broken pipe after it (fetch would fail on it) does not; a reset before it is a failure.
export function sendEarlyAnswered(url: string, method: string, headers: Record<string, string>, body: Buffer | string, options: { chunked?: boolean } = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const bytes = Buffer.from(body);
    const request = http.request(url, { method, headers: options.chunked ? headers : { ...headers, "content-length": String(bytes.length) } });
    request.on("response", (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (c: Buffer) => chunks.push(c));
      incoming.on("end", () => {
        const out = new Headers();
        for (const [k, v] of Object.entries(incoming.headers)) if (typeof v === "string") out.set(k, v);
        resolve(new Response(incoming.statusCode === 204 ? null : Buffer.concat(chunks), { status: incoming.statusCode, headers: out }));
      });
    });
    let answered = false;
    request.on("response", () => (answered = true));
    request.on("error", (error: NodeJS.ErrnoException) => {
      if (!answered) reject(new Error(`the connection ended (${error.code}) before any answer: the server closed it with the body unread`));
    });
    for (let i = 0; i < bytes.length; i += 64 * 1024) request.write(bytes.subarray(i, i + 64 * 1024));
    request.end();
  });
}
