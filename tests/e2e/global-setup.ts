import { rm } from "node:fs/promises";
import type { TestProject } from "vitest/node";
import { freePort } from "../support/free-port";
import { launchApp, waitForHealthy } from "../support/launch-app";
import { makeTestDir } from "../support/make-test-dir";
import { startTestDatabase, type TTestDatabase } from "../support/start-test-database";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

// The real app as `npm start` runs it (building first when the build is stale), on its
// own port and data folder, with the demo data.
export default async function setup(project: TestProject) {
  const dataDir = await makeTestDir("e2e");
  let database: TTestDatabase | undefined;
  const env: Record<string, string> = {
    PORT: String(await freePort()),
    EMBEDDED_PG_PORT: String(await freePort()),
    DATA_DIR: dataDir,
    SEED_DEMO: "on",
  };
  if (process.env.DATABASE_URL) {
    database = await startTestDatabase(dataDir, { migrate: false });
    env.DATABASE_URL = database.url;
  }
  const app = launchApp(env);
  await waitForHealthy(app, 540_000);
  project.provide("baseUrl", app.baseUrl);
  return async () => {
    await app.stop();
    await database?.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
