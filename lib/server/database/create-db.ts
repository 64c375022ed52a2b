import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";

export type TDb = PrismaClient;

// settings: server settings for this client's connections (sent at connect, no round trip).
export function createDb(connectionString: string, settings: Record<string, string> = {}): TDb {
  const options = Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`).join(" ");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, ...(options ? { options } : {}) }) });
}
