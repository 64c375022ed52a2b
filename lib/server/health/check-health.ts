import "server-only";
import type { TDb } from "@/lib/server/database/create-db";
import { getDb } from "@/lib/server/database/get-db";
import { getObjectStore } from "@/lib/storage/get-object-store";
import type { TObjectStore } from "@/lib/storage/object-store";

export type THealth = { status: "ok" | "error"; database: "ok" | "unavailable"; storage: "ok" | "unavailable" };

const TIMEOUT_MS = 3000;

async function probe(check: () => Promise<unknown>, part: string): Promise<"ok" | "unavailable"> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timed out")), TIMEOUT_MS);
      }),
    ]);
    return "ok";
  } catch (error) {
    console.error(`health: ${part} check failed:`, error instanceof Error ? error.message : error);
    return "unavailable";
  } finally {
    clearTimeout(timer);
  }
}

// Both parts are probed at once, each bounded, so a hung dependency can't hang the probe.
export async function checkHealth(
  options: { db?: () => TDb; store?: () => TObjectStore } = {},
): Promise<THealth> {
  const db = options.db ?? getDb;
  const store = options.store ?? getObjectStore;
  const [database, storage] = await Promise.all([
    probe(() => db().$queryRaw`SELECT 1`, "database"),
    probe(() => store().check(), "storage"),
  ]);
  return { status: database === "ok" && storage === "ok" ? "ok" : "error", database, storage };
}
