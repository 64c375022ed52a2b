import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "../support/free-port";
import { launchApp, waitForHealthy } from "../support/launch-app";
import { startMailCapture } from "../support/mail-capture";
import { ensureBuilt } from "../support/ensure-built";
import { makeTestDir } from "../support/make-test-dir";
import { startTestDatabase, type TTestDatabase } from "../support/start-test-database";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    appDatabaseUrl: string;
    mailLog: string;
  }
}

// The real app as `npm start` runs it (building first when the build is stale), on its
// own port and data folder, with the demo data and a loopback SMTP server for its mail.
export default async function setup(project: TestProject) {
  await ensureBuilt();
  const dataDir = await makeTestDir("e2e");
  const mailLog = path.join(dataDir, "mail.jsonl");
  const mail = await startMailCapture(mailLog);
  let database: TTestDatabase | undefined;
  const port = await freePort();
  const env: Record<string, string> = {
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    EMBEDDED_PG_PORT: String(await freePort()),
    DATA_DIR: dataDir,
    SEED_DEMO: "on",
    SMTP_URL: mail.url,
    // Short OAI-PMH pages: a harvest of the demo data crosses many resumption tokens.
    OAI_PAGE_SIZE: "7",
  };
  if (process.env.DATABASE_URL) {
    database = await startTestDatabase(dataDir, { migrate: false });
    env.DATABASE_URL = database.url;
  }
  const app = launchApp(env);
  await waitForHealthy(app, 540_000);
  const password = (await readFile(path.join(dataDir, "postgres-password"), "utf8").catch(() => "")).trim();
  project.provide("baseUrl", app.baseUrl);
  project.provide("appDatabaseUrl", database?.url ?? `postgresql://kitab:${encodeURIComponent(password)}@127.0.0.1:${env.EMBEDDED_PG_PORT}/kitab`);
  project.provide("mailLog", mailLog);
  return async () => {
    await app.stop();
    await mail.stop();
    await database?.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
