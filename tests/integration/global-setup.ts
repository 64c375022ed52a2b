import { rm } from "node:fs/promises";
import type { TestProject } from "vitest/node";
import { createDb } from "@/lib/server/database/create-db";
import { seedReferenceData } from "@/lib/server/seed/seed-reference-data";
import { ensureBuilt } from "../support/ensure-built";
import { makeTestDir } from "../support/make-test-dir";
import { startTestDatabase } from "../support/start-test-database";
import { startTestS3 } from "../support/start-test-s3";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    dataDir: string;
    s3: { endpoint: string; region: string; accessKey: string; secretKey: string };
  }
}

// One real PostgreSQL per test run, migrated from scratch, with the reference data
// (countries, libraries, institutions, subjects) every test builds on; and one real S3 server.
export default async function setup(project: TestProject) {
  await ensureBuilt(); // some tests start app instances
  const dataDir = await makeTestDir("integration");
  const [database, s3] = await Promise.all([startTestDatabase(dataDir), startTestS3(dataDir)]);
  const db = createDb(database.url);
  await seedReferenceData(db);
  await db.$disconnect();
  project.provide("databaseUrl", database.url);
  project.provide("dataDir", dataDir);
  project.provide("s3", { endpoint: s3.endpoint, region: s3.region, accessKey: s3.accessKey, secretKey: s3.secretKey });
  return async () => {
    await Promise.all([database.stop(), s3.stop()]);
    await rm(dataDir, { recursive: true, force: true });
  };
}
