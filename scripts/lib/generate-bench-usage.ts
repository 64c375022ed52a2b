import type pg from "pg";

// N usage events (80 % views, 20 % downloads) over the last `days` days on the resources in
// the database, skewed as real use is (a few resources and institutions take most of it), by
// 200,000 visitors of whom half are signed in (with an institution and country), and one
// search for every nine events (8 % finding nothing, from a pool of 5,000 terms). Straight
// SQL in batches of a million rows.
export async function generateBenchUsage(client: pg.Client, events: number, days: number, log: (message: string) => void): Promise<void> {
  const started = performance.now();
  await client.query(`CREATE TEMP TABLE bench_resources AS SELECT row_number() OVER (ORDER BY r.id) AS n, r.id, l."countryCode" FROM "Resource" r JOIN "Library" l ON l.id = r."libraryId"`);
  await client.query(`CREATE TEMP TABLE bench_institutions AS SELECT row_number() OVER (ORDER BY id) AS n, id, "countryCode" FROM "Institution"`);
  const resources = Number((await client.query(`SELECT count(*) FROM bench_resources`)).rows[0].count);
  const institutions = Number((await client.query(`SELECT count(*) FROM bench_institutions`)).rows[0].count);
  const BATCH = 1_000_000;
  for (let done = 0; done < events; done += BATCH) {
    const n = Math.min(BATCH, events - done);
    await client.query(
      `INSERT INTO "UsageEvent" (kind, "resourceId", "fileId", "libraryCountry", "institutionId", "countryCode", "visitorKey", "occurredAt")
       SELECT CASE WHEN g.k < 0.8 THEN 'VIEW'::"UsageKind" ELSE 'DOWNLOAD'::"UsageKind" END, r.id, NULL, r."countryCode",
              CASE WHEN g.v % 2 = 0 THEN i.id END, CASE WHEN g.v % 2 = 0 THEN i."countryCode" END,
              substr(md5(g.v::text), 1, 32), now() - (g.t * $2::int * interval '1 day')
       FROM (SELECT random() AS k, floor(random() * 200000)::int AS v, random() AS t,
                    1 + floor($3::int * power(random(), 3))::int AS rn, 1 + floor($4::int * power(random(), 2))::int AS inn
             FROM generate_series(1, $1::int)) g
       JOIN bench_resources r ON r.n = g.rn JOIN bench_institutions i ON i.n = g.inn`,
      [n, days, resources, institutions],
    );
    await client.query(
      `INSERT INTO "SearchLog" (id, query, "resultCount", "countryCode", "createdAt")
       SELECT gen_random_uuid(), 'term ' || floor(5000 * power(random(), 2))::int, CASE WHEN random() < 0.08 THEN 0 ELSE 1 + floor(random() * 500)::int END,
              (ARRAY['UZ','KZ','KG','TJ','TM'])[1 + floor(random() * 5)::int], now() - (random() * $2::int * interval '1 day')
       FROM generate_series(1, $1::int)`,
      [Math.round(n / 9), days],
    );
    log(`generated ${(done + n).toLocaleString("en")} usage events (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
}
