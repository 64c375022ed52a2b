import { inject } from "vitest";

// The app reads its settings from the environment (lib/env.ts) on first use. In-process
// tests use the local file store; the S3 driver is tested by name (s3-store.test.ts) and
// through app instances started with S3 settings (uploads.test.ts).
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATA_DIR = inject("dataDir");
delete process.env.S3_ENDPOINT;
// Short OAI-PMH pages, so a few records make a list of several pages.
process.env.OAI_PAGE_SIZE = "3";
