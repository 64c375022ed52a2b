import type pg from "pg";

// The app's own indexer (lib/server/search), batch by batch, as a full reindex would run it,
// over every resource of a benchmark database.
export async function buildBenchIndex(client: pg.Client, log: (message: string) => void): Promise<void> {
  const { refreshSearchDocuments } = await import("@/lib/server/search/refresh-search-documents");
  const { getDb } = await import("@/lib/server/database/get-db");
  const ids = (await client.query(`SELECT id FROM "Resource" ORDER BY id`)).rows.map((r) => r.id as string);
  const started = performance.now();
  const CHUNK = 2000;
  for (let i = 0; i < ids.length; i += CHUNK) {
    await refreshSearchDocuments(ids.slice(i, i + CHUNK), getDb());
    if ((i / CHUNK) % 10 === 0) log(`indexed ${Math.min(ids.length, i + CHUNK).toLocaleString("en")}`);
  }
  const seconds = (performance.now() - started) / 1000;
  log(`index built: ${ids.length.toLocaleString("en")} resources in ${seconds.toFixed(1)} s (${Math.round(ids.length / seconds)} per second)`);
}
