import path from "node:path";
import { writeFile } from "node:fs/promises";
import { afterAll, describe, expect, inject, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { createDb } from "@/lib/server/database/create-db";
import { checkHealth } from "@/lib/server/health/check-health";
import { getDb } from "@/lib/server/database/get-db";
import { createLocalDiskStore } from "@/lib/storage/create-local-disk-store";

afterAll(() => getDb().$disconnect());

describe("health", () => {
  it("answers 200 when the database and storage work", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok", storage: "ok" });
  });

  it("answers 'unavailable' for a database that cannot be reached", async () => {
    const unreachable = createDb("postgresql://kitab:nope@127.0.0.1:1/kitab");
    const health = await checkHealth({ db: () => unreachable });
    expect(health).toEqual({ status: "error", database: "unavailable", storage: "ok" });
  });

  it("answers 'unavailable' for storage that cannot be written", async () => {
    // A regular file where the storage folder should be: the real driver fails on it.
    const blocker = path.join(inject("dataDir"), "not-a-directory");
    await writeFile(blocker, "x");
    const health = await checkHealth({ store: () => createLocalDiskStore(blocker) });
    expect(health).toEqual({ status: "error", database: "ok", storage: "unavailable" });
  });
});
