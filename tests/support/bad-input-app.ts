import { rm } from "node:fs/promises";
import { createDb, type TDb } from "@/lib/server/database/create-db";
import { freePort } from "./free-port";
import { launchApp, waitForHealthy, type TLaunchedApp } from "./launch-app";
import { makeTestDir } from "./make-test-dir";

export type TBadInputApp = { app: TLaunchedApp; baseUrl: string; dataDir: string; db: TDb; stop: () => Promise<void> };

// One Kitab instance for one bad-input file, on the e2e database (so the suite's seeded
// reference data is there) with its own data folder: its local object store is then the
// folder's storage/, which a test can list to show a refused request stored nothing.
export async function startBadInputApp(databaseUrl: string, prefix: string): Promise<TBadInputApp> {
  const dataDir = await makeTestDir(prefix);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const app = launchApp({ WORKER: "off", PORT: String(port), PUBLIC_URL: baseUrl, DATA_DIR: dataDir, DATABASE_URL: databaseUrl });
  await waitForHealthy(app, 300_000);
  const db = createDb(databaseUrl);
  return {
    app,
    baseUrl,
    dataDir,
    db,
    stop: async () => {
      await app.stop();
      await db.$disconnect();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
