import { generateBenchResources } from "./generate-bench-resources";
import { openBenchDatabase } from "./open-bench-database";
import { loadPools, type TPools } from "./search-bench-data";
import { buildBenchIndex } from "./build-bench-index";

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
      await buildBenchIndex(client, log);
      const { getDb } = await import("@/lib/server/database/get-db");
      await getDb().$disconnect();
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
