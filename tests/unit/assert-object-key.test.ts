import { describe, expect, it } from "vitest";
import { assertObjectKey } from "@/lib/storage/assert-object-key";

describe("assertObjectKey", () => {
  it("accepts the keys the server builds", () => {
    expect(assertObjectKey("resources/0193f1c2-aaaa/files/abc123.pdf")).toBe("resources/0193f1c2-aaaa/files/abc123.pdf");
  });

  it.each(["", "/etc/passwd", "../x", "a/../b", "a//b", "a/./b", "a\u0000b", "ключ", "a b", `${"x".repeat(201)}`, ".hidden"])(
    "refuses %j",
    (key) => {
      expect(() => assertObjectKey(key)).toThrow(/invalid object key/);
    },
  );
});
