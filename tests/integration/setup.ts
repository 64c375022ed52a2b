import { inject } from "vitest";

// The app reads its settings from the environment (lib/env.ts) on first use.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATA_DIR = inject("dataDir");
