import { describe, expect, it } from "vitest";
import { classifyRequest } from "@/lib/http/classify-request";
import { createRateLimiter } from "@/lib/http/create-rate-limiter";

describe("createRateLimiter", () => {
  it("lets a burst of perMinute requests through, then refuses with the wait until the next one", () => {
    const limiter = createRateLimiter({ perMinute: 6 });
    const t0 = 1_000_000;
    for (let i = 0; i < 6; i++) expect(limiter.take("203.0.113.1", t0)).toEqual({ ok: true });
    expect(limiter.take("203.0.113.1", t0)).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(limiter.take("203.0.113.1", t0 + 4_000)).toEqual({ ok: false, retryAfterSeconds: 6 });
    expect(limiter.take("203.0.113.1", t0 + 10_000)).toEqual({ ok: true });
    expect(limiter.take("203.0.113.1", t0 + 10_000).ok).toBe(false);
  });

  it("keeps each address's allowance apart", () => {
    const limiter = createRateLimiter({ perMinute: 1 });
    expect(limiter.take("a", 0).ok).toBe(true);
    expect(limiter.take("a", 0).ok).toBe(false);
    expect(limiter.take("b", 0).ok).toBe(true);
  });

  it("refills to the full burst, never beyond it", () => {
    const limiter = createRateLimiter({ perMinute: 2 });
    limiter.take("a", 0);
    limiter.take("a", 0);
    const later = 3_600_000;
    expect(limiter.take("a", later).ok).toBe(true);
    expect(limiter.take("a", later).ok).toBe(true);
    expect(limiter.take("a", later).ok).toBe(false);
  });

  it("forgets the least recently seen address beyond maxKeys (memory stays bounded)", () => {
    const limiter = createRateLimiter({ perMinute: 1, maxKeys: 2 });
    limiter.take("a", 0);
    limiter.take("b", 0);
    limiter.take("c", 0); // "a" is forgotten: it gets a fresh allowance
    expect(limiter.take("a", 0).ok).toBe(true);
    expect(limiter.take("c", 0).ok).toBe(false);
  });
});

describe("classifyRequest", () => {
  it.each([
    ["/search", "search"],
    ["/ru/search", "search"],
    ["/uz-Cyrl/search", "search"],
    ["/api/v1/search", "search"],
    ["/api/v1/resources/abc", "api"],
    ["/oai", "api"],
    ["/feeds/libraries/uz.atom", "api"],
    ["/api/uploads/file-1", "none"],
    ["/resources/abc", "none"],
    ["/_next/static/chunk.js", "none"],
    ["/researchers", "none"],
  ])("%s draws on %s", (path, kind) => {
    expect(classifyRequest(path)).toBe(kind);
  });
});
