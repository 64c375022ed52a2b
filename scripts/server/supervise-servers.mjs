import cluster from "node:cluster";

// The primary of WEB_CONCURRENCY server processes: starts them, starts another when one dies
// after it was serving, and on SIGTERM/SIGINT passes the signal on (each finishes its requests
// in flight, see serve.mjs) and exits once all have. A process that dies before it ever
// listened (a broken build or setting) stops the whole server: restarting it would loop.
export function superviseServers(count) {
  let stopping = false;
  const listened = new WeakSet();
  cluster.on("listening", (worker) => listened.add(worker));
  cluster.on("exit", (worker, code, signal) => {
    const alive = Object.keys(cluster.workers ?? {}).length;
    if (stopping) {
      if (alive === 0) process.exit(0);
      return;
    }
    if (!listened.has(worker)) {
      console.error(`[kitab] A server process failed to start (${signal ?? `code ${code}`}); stopping`);
      stop(1);
      return;
    }
    console.error(`[kitab] Server process ${worker.process.pid} stopped (${signal ?? `code ${code}`}); starting another`);
    setTimeout(() => !stopping && cluster.fork(), 1000);
  });

  function stop(code = 0) {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(code);
    for (const worker of workers) worker?.process.kill("SIGTERM");
    setTimeout(() => process.exit(code), 30_000).unref();
  }
  process.on("SIGTERM", () => stop());
  process.on("SIGINT", () => stop());
  for (let i = 0; i < count; i++) cluster.fork();
}
