import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";

export type TDb = PrismaClient;

export function createDb(connectionString: string): TDb {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}
