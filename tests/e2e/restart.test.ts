import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../support/free-port";
import { launchApp, waitForHealthy } from "../support/launch-app";
import { makeTestDir } from "../support/make-test-dir";

// `npm start` with the embedded database, twice on one data folder (the build is already
// there from the global setup, so each start takes seconds).
describe("npm start with the embedded database", () => {
  let dataDir = "";
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it("seeds on first start, reuses the data on the second, and stops PostgreSQL on SIGTERM", async () => {
    if (process.env.DATABASE_URL) return; // this test is about the embedded default
    dataDir = await makeTestDir("restart");
    const env = { PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()), DATA_DIR: dataDir };

    const first = launchApp(env);
    await waitForHealthy(first, 120_000);
    const before = await (await fetch(`${first.baseUrl}/api/v1/libraries`)).text();
    expect(first.output()).toContain("Creating a PostgreSQL cluster");
    expect(first.output()).toMatch(/Seeded \d+ reference rows and \d+ demo rows/);
    expect(await first.stop()).not.toBe(1);
    expect(first.output()).toContain("Stopping the embedded PostgreSQL");
    expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false);

    const second = launchApp(env);
    await waitForHealthy(second, 120_000);
    expect(second.output()).not.toContain("Creating a PostgreSQL cluster");
    expect(second.output()).not.toMatch(/Seeded/);
    expect(await (await fetch(`${second.baseUrl}/api/v1/libraries`)).text()).toBe(before);
    await second.stop();
    expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false);
  });
});
