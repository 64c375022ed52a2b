import { describe, expect, it } from "vitest";
import { visitorKey } from "@/lib/stats/visitor-key";

const SECRET = "a-test-secret-of-at-least-32-characters";
const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const anonymous = (at: string, ip = "203.0.113.7", userAgent = CHROME) => visitorKey({ secret: SECRET, at: new Date(at), ip, userAgent });
const signedIn = (at: string, userId: string, ip = "203.0.113.7") => visitorKey({ secret: SECRET, at: new Date(at), userId, ip, userAgent: CHROME });

describe("visitor keys", () => {
  it("are 32 hex characters", () => {
    expect(anonymous("2026-03-01T10:00:00Z")).toMatch(/^[0-9a-f]{32}$/);
    expect(signedIn("2026-03-01T10:00:00Z", "0199d1c2-0000-7000-8000-000000000001")).toMatch(/^[0-9a-f]{32}$/);
  });

  it("stay the same all through one UTC day", () => {
    expect(anonymous("2026-03-01T00:00:00Z")).toBe(anonymous("2026-03-01T23:59:59.999Z"));
    expect(signedIn("2026-03-01T08:00:00Z", "u-1")).toBe(signedIn("2026-03-01T21:00:00Z", "u-1"));
  });

  it("change from one day to the next", () => {
    expect(anonymous("2026-03-01T23:59:59Z")).not.toBe(anonymous("2026-03-02T00:00:00Z"));
    expect(signedIn("2026-03-01T12:00:00Z", "u-1")).not.toBe(signedIn("2026-03-02T12:00:00Z", "u-1"));
  });

  it("tell people apart", () => {
    const at = "2026-03-01T12:00:00Z";
    expect(anonymous(at, "203.0.113.7")).not.toBe(anonymous(at, "203.0.113.8"));
    expect(anonymous(at, "203.0.113.7", CHROME)).not.toBe(anonymous(at, "203.0.113.7", `${CHROME} Edg/131.0.0.0`));
    expect(signedIn(at, "u-1")).not.toBe(signedIn(at, "u-2"));
    expect(signedIn(at, "u-1")).not.toBe(anonymous(at));
  });

  it("follow a signed-in person, not their address", () => {
    expect(signedIn("2026-03-01T12:00:00Z", "u-1", "203.0.113.7")).toBe(signedIn("2026-03-01T12:00:00Z", "u-1", "198.51.100.1"));
  });

  it("depend on the secret, and hold nothing of what they were made from", () => {
    const at = new Date("2026-03-01T12:00:00Z");
    const key = visitorKey({ secret: SECRET, at, ip: "203.0.113.7", userAgent: CHROME });
    expect(visitorKey({ secret: `${SECRET}!`, at, ip: "203.0.113.7", userAgent: CHROME })).not.toBe(key);
    for (const part of ["203", "113", "Chrome", "2026", "0301", SECRET.slice(0, 6)]) expect(key).not.toContain(part);
  });
});
