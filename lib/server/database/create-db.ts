import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";

export type TDb = PrismaClient;

// A database that is down must not hang requests: connecting gives up after a few seconds
// (a refused connection fails at once anyway), so a request answers 503 well within any
// client's patience. Dead connections are dropped from the pool (node-postgres does that
// when one errors) and new ones are made on demand, so the app recovers by itself once
// PostgreSQL is back.
const POOL = { connectionTimeoutMillis: 5_000 };

// settings: server settings for this client's connections (sent at connect, no round trip).
export function createDb(connectionString: string, settings: Record<string, string> = {}): TDb {
  const options = Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`).join(" ");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, ...POOL, ...(options ? { options } : {}) }) });
}
