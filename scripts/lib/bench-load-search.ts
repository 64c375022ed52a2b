import autocannon, { type TAutocannonResult } from "autocannon";
import type { TBenchLoadQuery } from "./bench-load-queries";

export type TSearchLoadPart = {
  name: string;
  connections: number;
  latencies: number[];
  statuses: Record<string, number>;
  socketErrors: number;
  timeouts: number;
  errorSamples: string[];
  result: TAutocannonResult;
};

// `connections` concurrent searchers for `seconds`, each sending the next search of the mix
// as soon as the last one is answered (or, with `rate`, at that many searches per second): 70 % of them on the JSON API, 30 % on the HTML page
// (two autocannon runs side by side, so each kind's latencies stay apart). A request
// unanswered within `timeoutSeconds` counts as an error.
export async function benchLoadSearch(options: { baseUrl: string; queries: TBenchLoadQuery[]; connections: number; seconds: number; timeoutSeconds: number; rate?: number }): Promise<TSearchLoadPart[]> {
  const api = Math.max(1, Math.round(options.connections * 0.7));
  const kinds: { name: string; connections: number; path: (q: TBenchLoadQuery) => string; headers: Record<string, string> }[] = [
    { name: "API /api/v1/search", connections: api, path: (q: TBenchLoadQuery) => q.api, headers: { accept: "application/json" } },
    { name: "page /search (HTML)", connections: options.connections - api, path: (q: TBenchLoadQuery) => q.page, headers: { accept: "text/html", "accept-encoding": "br, gzip" } },
  ];
  const parts = kinds.filter((p) => p.connections > 0);
  return Promise.all(parts.map((part, index) => run(part, index)));

  async function run(part: (typeof parts)[number], index: number): Promise<TSearchLoadPart> {
    // Every connection walks the mix from its own starting point.
    let next = index * 7919;
    const latencies: number[] = [];
    const statuses: Record<string, number> = {};
    const errorSamples: string[] = [];
    let timeouts = 0;
    let socketErrors = 0;
    const instance = autocannon({
      url: options.baseUrl,
      connections: part.connections,
      duration: options.seconds,
      timeout: options.timeoutSeconds,
      // An open load is shared between the two kinds as their connections are.
      ...(options.rate ? { overallRate: Math.max(1, Math.round((options.rate * part.connections) / options.connections)) } : {}),
      headers: part.headers,
      requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: part.path(options.queries[next++ % options.queries.length]!) }) }],
    });
    instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
      latencies.push(ms);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
    instance.on("reqError", (error: Error) => {
      if (/timed out/.test(error.message)) timeouts++;
      else socketErrors++;
      if (errorSamples.length < 5) errorSamples.push(error.message);
    });
    const result = await instance;
    latencies.sort((a, b) => a - b);
    return { name: part.name, connections: part.connections, latencies, statuses, socketErrors, timeouts, errorSamples, result };
  }
}
