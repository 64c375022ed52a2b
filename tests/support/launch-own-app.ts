import { rm } from "node:fs/promises";
import { createDb, type TDb } from "@/lib/server/database/create-db";
import { freePort } from "./free-port";
import { launchApp, waitForHealthy, type TLaunchedApp } from "./launch-app";
import { makeTestDir } from "./make-test-dir";
import { startTestDatabase } from "./start-test-database";

export type TOwnApp = { app: TLaunchedApp; db: TDb; logLines: () => Record<string, unknown>[]; stop: () => Promise<void> };

// An instance of the app for one test file, with demo data and settings of its own, on a
// database of its own that outlives the app (a test may stop the app and look afterwards).
export async function launchOwnApp(name: string, env: Record<string, string>): Promise<TOwnApp> {
  const dataDir = await makeTestDir(name);
  const database = await startTestDatabase(dataDir, { migrate: false });
  const port = await freePort();
  const app = launchApp({ PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, DATA_DIR: dataDir, DATABASE_URL: database.url, SEED_DEMO: "on", WORKER: "off", ...env });
  await waitForHealthy(app, 180_000);
  const db = createDb(database.url);
  return {
    app,
    db,
    // The app's JSON log lines (pino), in order.
    logLines: () =>
      app
        .output()
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    stop: async () => {
      await db.$disconnect();
      await app.stop();
      await database.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
