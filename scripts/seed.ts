// `npm run db:seed`: adds missing reference data (and demo data when SEED_DEMO is on) to DATABASE_URL.
import { getEnv } from "@/lib/env";
import { createDb } from "@/lib/server/database/create-db";
import { seedDatabase } from "@/lib/server/seed/seed-database";

const env = getEnv();
if (!env.DATABASE_URL) {
  console.error("DATABASE_URL is required: npm start seeds the embedded database by itself.");
  process.exit(1);
}
const db = createDb(env.DATABASE_URL);
const result = await seedDatabase({ db, demo: env.SEED_DEMO, demoPassword: env.DEMO_PASSWORD });
await db.$disconnect();
console.log(`Seeded ${result.reference} reference rows and ${result.demo} demo rows.`);
