// Kitab's HTTP server: Next's request handler behind node:http, run by scripts/server.mjs (in
// each of its processes). It exists for what `next start` cannot do:
// - Content-Length on streamed responses: Next drops that header from route handlers'
//   responses, so routes that know the length (file downloads) send it as
//   X-Kitab-Content-Length and it is renamed here;
// - an orderly shutdown: on SIGTERM/SIGINT it stops accepting connections and lets requests
//   in flight finish (an upload's current chunk, a download) for up to 25 s;
// - file downloads and byte ranges sent as they are stored: Next gzips every compressible
//   response (pages, CSS, JS, JSON: keep that for slow links), text files included, which
//   would drop their Content-Length and turn a 206's bytes into ones Content-Range does not
//   describe. Hiding Accept-Encoding from Next for those requests leaves them identity-encoded;
// - the search page sent without scripts (see script-free-page.mjs);
// - security headers and the per-request CSP nonce Next stamps on its scripts
//   (security-headers.mjs); request ids, logs and limits (lib/http/create-front-door.ts).
import http from "node:http";
import next from "next";
import { isScriptFreeRequest, serveScriptFree } from "./script-free-page.mjs";
import { applySecurityHeaders } from "./security-headers.mjs";

const LENGTH = "x-kitab-content-length";
const FILE_DOWNLOAD = /^\/api\/v1\/resources\/[^/]+\/files\/[^/?#]+\//;
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

const app = next({ dev, dir: process.cwd(), port, hostname: "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

function renameLength(res) {
  for (const method of ["setHeader", "appendHeader"]) {
    const original = res[method].bind(res);
    res[method] = (name, value) => original(String(name).toLowerCase() === LENGTH ? "content-length" : name, value);
  }
}

let closing = false;
const READY = /^\/api\/ready(?:[/?]|$)/;
const passThrough = (_req, _res, next) => next();

function answer(req, res) {
  // Stopping: the proxy in front should send new requests to another replica.
  if (closing && READY.test(req.url ?? "")) {
    res.writeHead(503, { "Content-Type": "application/json", "Cache-Control": "no-store" });
    res.end(JSON.stringify({ status: "stopping" }));
    return Promise.resolve();
  }
  if (req.headers.range || FILE_DOWNLOAD.test(req.url ?? "")) delete req.headers["accept-encoding"];
  else if (isScriptFreeRequest(req)) serveScriptFree(req, res);
  return handle(req, res);
}

const server = http.createServer((req, res) => {
  renameLength(res);
  applySecurityHeaders(req, res, dev);
  // Request ids, logs, limits (lib/http/create-front-door.ts), published by instrumentation.ts
  // when Next starts; `next dev` loads that later, so the first requests may pass without.
  const frontDoor = globalThis.kitabFrontDoor ?? passThrough;
  frontDoor(req, res, () => answer(req, res)).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
// Requests Node refuses before any handler (headers over 16 KB, e.g. a search address of
// thousands of Cyrillic letters; malformed HTTP): say why instead of an empty answer.
server.on("clientError", (error, socket) => {
  if (!socket.writable) return socket.destroy();
  const [status, text] = error.code === "HPE_HEADER_OVERFLOW"
    ? ["431 Request Header Fields Too Large", "The request's address or headers are too long (at most 16 KB)."]
    : ["400 Bad Request", "The request is not valid HTTP."];
  socket.end(`HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(text) + 1}\r\nConnection: close\r\n\r\n${text}\n`);
});
server.requestTimeout = 0; // multi-gigabyte uploads take long; tus resumes what a proxy cuts
server.listen(port, () => console.log(`[kitab] Listening on http://localhost:${port}`));

function shutdown() {
  if (closing) return;
  closing = true;
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 25_000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
