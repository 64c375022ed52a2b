import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/http/client-ip";

describe("clientIp", () => {
  it("takes the address the nearest proxy appended", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }))).toBe("203.0.113.7");
  });
  it("reads plain header objects and IPv4-mapped addresses", () => {
    expect(clientIp({ "x-forwarded-for": "::ffff:127.0.0.1" })).toBe("127.0.0.1");
    expect(clientIp({ "x-real-ip": "198.51.100.2" })).toBe("198.51.100.2");
  });
  it("says unknown when nothing tells", () => {
    expect(clientIp({})).toBe("unknown");
  });
});
