import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/server/database/create-db";
import { createTestResource } from "../support/factories";
import { freePort } from "../support/free-port";
import { launchApp, waitForHealthy, type TLaunchedApp } from "../support/launch-app";
import { makeTestDir } from "../support/make-test-dir";
import { startRestartableDatabase, type TRestartableDatabase } from "../support/start-restartable-database";
import { until } from "../support/until";

// PostgreSQL (a cluster of this test's own) is stopped and started again under a running app
// while 20 clients search and read a resource page. "Fast" is judged by the clients' patience:
// a request still unanswered after 15 s counts as hung.
const CLIENTS = 20;
const PATIENCE_MS = 15_000;

type TOutcome = { kind: "api" | "page"; status: number; hung: boolean; body: string; retryAfter: string | null; startedWhileDown: boolean };

let dir = "";
let database: TRestartableDatabase;
let app: TLaunchedApp;
let resourceId = "";
let down = false;

beforeAll(async () => {
  dir = await makeTestDir("faults-pg");
  database = await startRestartableDatabase(dir);
  const port = await freePort();
  app = launchApp({
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATA_DIR: dir,
    DATABASE_URL: database.url,
    WORKER: "off",
    // The load is the point here, not the per-address limits.
    RATE_LIMIT_SEARCH_PER_MINUTE: "0",
    RATE_LIMIT_API_PER_MINUTE: "0",
  });
  await waitForHealthy(app, 300_000);
  const db = createDb(database.url);
  resourceId = (await createTestResource(db, { country: "UZ", status: "PUBLISHED", title: "Fizika asoslari" })).id;
  await db.$disconnect();
}, 600_000);

afterAll(async () => {
  await app?.stop();
  await database?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function hit(kind: "api" | "page"): Promise<TOutcome> {
  const startedWhileDown = down;
  const path = kind === "api" ? "/api/v1/search?q=fizika" : `/resources/${resourceId}`;
  try {
    const response = await fetch(`${app.baseUrl}${path}`, { signal: AbortSignal.timeout(PATIENCE_MS), headers: kind === "page" ? { accept: "text/html" } : {} });
    return { kind, status: response.status, hung: false, body: await response.text(), retryAfter: response.headers.get("retry-after"), startedWhileDown };
  } catch (error) {
    const hung = (error as Error).name === "TimeoutError";
    return { kind, status: 0, hung, body: String(error), retryAfter: null, startedWhileDown };
  }
}

describe("PostgreSQL restarted under load", () => {
  it("fails fast with 503 while it is down and recovers by itself when it is back", async () => {
    const db = createDb(database.url);
    const resourcesBefore = await db.resource.count();
    await db.$disconnect();
    expect((await hit("api")).status).toBe(200);
    expect((await hit("page")).status).toBe(200);

    const outcomes: TOutcome[] = [];
    let running = true;
    const clients = Array.from({ length: CLIENTS }, async (_, i) => {
      while (running) outcomes.push(await hit(i % 2 ? "api" : "page"));
    });
    await until(async () => outcomes.length >= CLIENTS * 2, 60);

    await database.stopServer();
    down = true;
    // Enough answers given while it was down (each client several), then the probes.
    await until(async () => outcomes.filter((o) => o.startedWhileDown).length >= CLIENTS * 3, 120);
    const health = await fetch(`${app.baseUrl}/api/health`, { signal: AbortSignal.timeout(PATIENCE_MS) });
    const ready = await fetch(`${app.baseUrl}/api/ready`, { signal: AbortSignal.timeout(PATIENCE_MS) });

    await database.startServer();
    down = false;
    // Without restarting the app, its requests succeed again of themselves.
    await until(async () => {
      const recent = outcomes.slice(-CLIENTS * 2);
      return recent.length === CLIENTS * 2 && recent.every((o) => o.status === 200);
    }, 120);
    running = false;
    await Promise.all(clients);

    expect(outcomes.filter((o) => o.hung)).toEqual([]);
    expect(outcomes.filter((o) => o.status === 0)).toEqual([]);
    const whileDown = outcomes.filter((o) => o.startedWhileDown);
    const apiDown = whileDown.filter((o) => o.kind === "api");
    const pageDown = whileDown.filter((o) => o.kind === "page");
    expect(apiDown.length).toBeGreaterThan(0);
    expect(pageDown.length).toBeGreaterThan(0);
    // The API: 503, a JSON message, and when to try again.
    for (const outcome of apiDown.filter((o) => o.status !== 200)) {
      expect(outcome.status, outcome.body).toBe(503);
      expect(JSON.parse(outcome.body)).toMatchObject({ error: { code: "UNAVAILABLE", message: expect.stringMatching(/database/) } });
      expect(Number(outcome.retryAfter)).toBeGreaterThan(0);
    }
    expect(apiDown.filter((o) => o.status === 503).length).toBeGreaterThan(0);
    // Pages answer at once with the error page, as a 503 with when to try again (the front
    // door turns the 500 Next gives a failed page into a 503 when the cause was the outage);
    // a failure Next reports only after the page's head went out stays a 500.
    for (const outcome of pageDown.filter((o) => o.status !== 200)) {
      expect([500, 503]).toContain(outcome.status);
      if (outcome.status === 503) expect(Number(outcome.retryAfter)).toBeGreaterThan(0);
      expect(outcome.body).toMatch(/<html/i);
    }
    expect(pageDown.filter((o) => o.status === 503).length).toBeGreaterThan(0);
    // Liveness stays up (restarting the app would not help); readiness says the database is out.
    expect(health.status).toBe(200);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ database: "unavailable" });

    // Back to normal, nothing lost.
    expect((await fetch(`${app.baseUrl}/api/health`)).status).toBe(200);
    expect((await fetch(`${app.baseUrl}/api/ready`)).status).toBe(200);
    const after = createDb(database.url);
    expect(await after.resource.count()).toBe(resourcesBefore);
    await after.$disconnect();
  }, 400_000);
});
