// Kitab's HTTP server: Next's request handler behind node:http, started by scripts/start.ts
// (and by the Docker image). It exists for what `next start` cannot do:
// - Content-Length on streamed responses: Next drops that header from route handlers'
//   responses, so routes that know the length (file downloads) send it as
//   X-Kitab-Content-Length and it is renamed here;
// - an orderly shutdown: on SIGTERM/SIGINT it stops accepting connections and lets requests
//   in flight finish (an upload's current chunk, a download) for up to 25 s;
// - file downloads and byte ranges sent as they are stored: Next gzips every compressible
//   response (pages, CSS, JS, JSON: keep that for slow links), text files included, which
//   would drop their Content-Length and turn a 206's bytes into ones Content-Range does not
//   describe. Hiding Accept-Encoding from Next for those requests leaves them identity-encoded;
// - the search page sent without scripts (see server/script-free-page.mjs).
import http from "node:http";
import next from "next";
import { isScriptFreeRequest, serveScriptFree } from "./server/script-free-page.mjs";

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

const server = http.createServer((req, res) => {
  renameLength(res);
  if (req.headers.range || FILE_DOWNLOAD.test(req.url ?? "")) delete req.headers["accept-encoding"];
  else if (isScriptFreeRequest(req)) serveScriptFree(req, res);
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.requestTimeout = 0; // multi-gigabyte uploads take long; tus resumes what a proxy cuts
server.listen(port, () => console.log(`[kitab] Listening on http://localhost:${port}`));

let closing = false;
function shutdown() {
  if (closing) return;
  closing = true;
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 25_000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
