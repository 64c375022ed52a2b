// Kitab's HTTP server, started by scripts/start.ts (and by the Docker image). One process
// (scripts/server/serve.mjs: Next's handler behind node:http), or with WEB_CONCURRENCY=N, N of
// them sharing the port, so that pages and searches use more than one core: Node runs
// JavaScript on one thread per process. They share nothing in memory that matters (sessions
// are signed cookies, tus locks are PostgreSQL's, uploads live in the object store).
import cluster from "node:cluster";

const processes = Number(process.env.WEB_CONCURRENCY || 1);
if (cluster.isPrimary && processes > 1 && !process.argv.includes("--dev")) {
  const { superviseServers } = await import("./server/supervise-servers.mjs");
  superviseServers(processes);
} else {
  await import("./server/serve.mjs");
}
