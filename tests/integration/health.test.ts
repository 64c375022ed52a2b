import path from "node:path";
import { writeFile } from "node:fs/promises";
import { afterAll, describe, expect, inject, it } from "vitest";
import { GET as live } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { createDb } from "@/lib/server/database/create-db";
import { checkReadiness } from "@/lib/server/health/check-readiness";
import { getDb } from "@/lib/server/database/get-db";
import { createLocalDiskStore } from "@/lib/storage/create-local-disk-store";

afterAll(() => getDb().$disconnect());

describe("health and readiness", () => {
  it("is alive whatever the dependencies do", async () => {
    const response = live();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("is ready (200) when the database, storage and job queue work", async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok", storage: "ok", queue: "ok", queuedJobs: expect.any(Number) });
  });

  it("answers 'unavailable' for a job queue that cannot start", async () => {
    const readiness = await checkReadiness({ queue: () => Promise.reject(new Error("no queue")) });
    expect(readiness).toMatchObject({ status: "error", database: "ok", storage: "ok", queue: "unavailable" });
  });

  it("answers 'unavailable' for a database that cannot be reached", async () => {
    const unreachable = createDb("postgresql://kitab:nope@127.0.0.1:1/kitab");
    const readiness = await checkReadiness({ db: () => unreachable });
    expect(readiness).toMatchObject({ status: "error", database: "unavailable", storage: "ok" });
  });

  it("answers 'unavailable' for storage that cannot be written", async () => {
    // A regular file where the storage folder should be: the real driver fails on it.
    const blocker = path.join(inject("dataDir"), "not-a-directory");
    await writeFile(blocker, "x");
    const readiness = await checkReadiness({ store: () => createLocalDiskStore(blocker) });
    expect(readiness).toMatchObject({ status: "error", database: "ok", storage: "unavailable" });
  });
});
