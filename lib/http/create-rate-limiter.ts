export type TRateLimiter = {
  // Takes one request from the key's allowance: ok, or how long until one is free again.
  take(key: string, now?: number): { ok: true } | { ok: false; retryAfterSeconds: number };
};

// A token bucket per key: `perMinute` requests may come at once, then one more every
// 60/perMinute seconds. Buckets that have filled up again are forgotten, and at most
// `maxKeys` are kept (the oldest go first), so a flood of addresses cannot exhaust memory.
export function createRateLimiter(options: { perMinute: number; maxKeys?: number }): TRateLimiter {
  const capacity = options.perMinute;
  const perMs = capacity / 60_000;
  const maxKeys = options.maxKeys ?? 100_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  let lastSweep = 0;

  function sweep(now: number) {
    lastSweep = now;
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + (now - bucket.at) * perMs >= capacity) buckets.delete(key);
    }
  }

  return {
    take(key, now = Date.now()) {
      if (now - lastSweep > 60_000) sweep(now);
      const bucket = buckets.get(key);
      const tokens = bucket ? Math.min(capacity, bucket.tokens + (now - bucket.at) * perMs) : capacity;
      if (tokens < 1) {
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
      }
      buckets.delete(key); // re-inserted last: Map order is then least recently used first
      buckets.set(key, { tokens: tokens - 1, at: now });
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value as string);
      return { ok: true };
    },
  };
}
