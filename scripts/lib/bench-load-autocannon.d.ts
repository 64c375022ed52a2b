// The part of autocannon's programmatic API that bench:load uses (the package ships no types).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  type TRequest = { method?: string; path?: string; headers?: Record<string, string>; setupRequest?: (request: TRequest, context: Record<string, unknown>) => TRequest };
  type TOptions = {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    overallRate?: number;
    pipelining?: number;
    headers?: Record<string, string>;
    requests?: TRequest[];
  };
  type TPercentiles = { average: number; mean: number; stddev: number; min: number; max: number; p50: number; p90: number; p97_5: number; p99: number; totalCount?: number };
  export type TAutocannonResult = {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    resets: number;
    "2xx": number;
    statusCodeStats: Record<string, { count: number }>;
    latency: TPercentiles;
    requests: TPercentiles & { total: number; sent: number };
    throughput: TPercentiles & { total: number };
  };
  export type TAutocannonInstance = EventEmitter & PromiseLike<TAutocannonResult> & { stop: () => void };
  export default function autocannon(options: TOptions): TAutocannonInstance;
}
