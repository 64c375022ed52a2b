import "server-only";
import type { TDb } from "@/lib/server/database/create-db";
import { seedDemoData } from "./seed-demo-data";
import { seedReferenceData } from "./seed-reference-data";
import { syncSearchIndex } from "@/lib/server/search/sync-search-index";

// Idempotent: safe on every start; only what is missing is created.
export async function seedDatabase(options: { db: TDb; demo: boolean; demoPassword: string }) {
  const reference = await seedReferenceData(options.db);
  const demo = options.demo ? await seedDemoData(options.db, options.demoPassword) : { created: 0 };
  const indexed = await syncSearchIndex(options.db);
  return { reference: reference.created, demo: demo.created, indexed };
}
