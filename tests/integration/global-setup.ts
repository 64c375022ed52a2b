import { rm } from "node:fs/promises";
import type { TestProject } from "vitest/node";
import { createDb } from "@/lib/server/database/create-db";
import { seedReferenceData } from "@/lib/server/seed/seed-reference-data";
import { makeTestDir } from "../support/make-test-dir";
import { startTestDatabase } from "../support/start-test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    dataDir: string;
  }
}

// One real PostgreSQL per test run, migrated from scratch, with the reference data
// (countries, libraries, institutions, subjects) every test builds on.
export default async function setup(project: TestProject) {
  const dataDir = await makeTestDir("integration");
  const database = await startTestDatabase(dataDir);
  const db = createDb(database.url);
  await seedReferenceData(db);
  await db.$disconnect();
  project.provide("databaseUrl", database.url);
  project.provide("dataDir", dataDir);
  return async () => {
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
