import { generateBenchResources } from "./generate-bench-resources";
import { openBenchDatabase } from "./open-bench-database";
import { loadPools, type TPools } from "./search-bench-data";

export type TBenchLoadDatabase = Awaited<ReturnType<typeof openBenchDatabase>> & { pools: TPools; reused: boolean; subjects: string[] };

// The load benchmark's embedded PostgreSQL in `dir` holding `resources` published, indexed
// resources: generated (as bench:search does, from the corpus's words) unless the cluster
// already holds exactly that many, so a kept directory spares the generation next time.
export async function benchLoadPrepareDatabase(dir: string, resources: number, log: (message: string) => void): Promise<TBenchLoadDatabase> {
  const database = await openBenchDatabase(dir);
  try {
    // The app's modules read DATABASE_URL for the indexer below.
    process.env.DATABASE_URL = database.url;
    log("reading the corpus's vocabulary");
    const pools = await loadPools();
    const { client } = database;
    const have = Number((await client.query(`SELECT count(*) FROM "SearchDocument"`)).rows[0].count);
    const reused = have === resources;
    if (!reused) {
      await client.query(`TRUNCATE "Resource" CASCADE; TRUNCATE "SearchTerm"`);
      await generateBenchResources(client, resources, pools, log);
      await buildIndex(client, log);
    } else log(`reusing ${have.toLocaleString("en")} indexed resources in ${dir}`);
    // Drafts, uploaders and search logs of earlier runs would pile up in a kept cluster.
    await client.query(`DELETE FROM "Resource" WHERE status = 'DRAFT'; DELETE FROM "User" WHERE email LIKE '%@test.kitab.example'; DELETE FROM "SearchLog"`);
    await client.query("ANALYZE");
    const subjects = (await client.query(`SELECT DISTINCT "B" AS code FROM "_ResourceToSubject" ORDER BY 1`)).rows.map((r) => r.code as string);
    return { ...database, pools, reused, subjects };
  } catch (error) {
    await database.stop();
    throw error;
  }
}

// The app's own indexer (lib/server/search), batch by batch, as a full reindex would run it.
async function buildIndex(client: TBenchLoadDatabase["client"], log: (message: string) => void) {
  const { refreshSearchDocuments } = await import("@/lib/server/search/refresh-search-documents");
  const { getDb } = await import("@/lib/server/database/get-db");
  const ids = (await client.query(`SELECT id FROM "Resource" ORDER BY id`)).rows.map((r) => r.id as string);
  const started = performance.now();
  const CHUNK = 2000;
  for (let i = 0; i < ids.length; i += CHUNK) {
    await refreshSearchDocuments(ids.slice(i, i + CHUNK), getDb());
    if ((i / CHUNK) % 10 === 0) log(`indexed ${Math.min(ids.length, i + CHUNK).toLocaleString("en")}`);
  }
  await getDb().$disconnect();
  log(`index built: ${ids.length.toLocaleString("en")} resources in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
