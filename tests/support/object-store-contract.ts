import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import type { TObjectStore } from "@/lib/storage/object-store";

// The behaviour every storage driver must have; run against each driver.
export function describeObjectStoreContract(name: string, makeStore: () => Promise<TObjectStore>) {
  describe(`object store contract: ${name}`, () => {
    const key = (suffix: string) => `contract/${Date.now()}-${Math.random().toString(36).slice(2)}/${suffix}`;

    it("passes its own check", async () => {
      const store = await makeStore();
      await expect(store.check()).resolves.toBeUndefined();
    });

    it("stores a buffer and reads it back whole and by byte range", async () => {
      const store = await makeStore();
      const k = key("hello.txt");
      await store.put(k, Buffer.from("Сәлем, Kitab! 0123456789"));
      expect(await text(await store.get(k))).toBe("Сәлем, Kitab! 0123456789");
      const bytes = Buffer.from("Сәлем, Kitab! 0123456789");
      expect(await text(await store.get(k, { start: 14, end: 19 }))).toBe(bytes.subarray(14, 20).toString());
      const stat = await store.stat(k);
      expect(stat?.size).toBe(bytes.length);
      expect(stat?.etag).toMatch(/\S/);
    });

    it("stores a stream", async () => {
      const store = await makeStore();
      const k = key("stream.bin");
      const chunks = Array.from({ length: 64 }, (_, i) => Buffer.alloc(16 * 1024, i));
      await store.put(k, Readable.from(chunks), 64 * 16 * 1024);
      expect((await store.stat(k))?.size).toBe(64 * 16 * 1024);
    });

    it("copies an object to another key, leaving the original", async () => {
      const store = await makeStore();
      const source = key("source.txt");
      const target = key("nested/target.txt");
      await store.put(source, Buffer.from("Китоб · kitob"));
      await store.copy(source, target);
      expect(await text(await store.get(target))).toBe("Китоб · kitob");
      expect(await store.stat(source)).not.toBeNull();
    });

    it("reports a missing object as null and removes objects", async () => {
      const store = await makeStore();
      const k = key("gone.txt");
      expect(await store.stat(k)).toBeNull();
      await store.put(k, Buffer.from("x"));
      await store.remove(k);
      expect(await store.stat(k)).toBeNull();
      await expect(store.remove(k)).resolves.toBeUndefined();
    });

    it("refuses keys that could escape its namespace", async () => {
      const store = await makeStore();
      for (const bad of ["../etc/passwd", "/abs/key", "a//b", "a/../b", "", "bad\nkey"]) {
        await expect(store.put(bad, Buffer.from("x"))).rejects.toThrow(/invalid object key/);
      }
    });
  });
}
