import "server-only";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import type pg from "pg";

const BATCH_ROWS = 500;
const BATCH_BYTES = 8 * 1024 * 1024;
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

// Replaces the rows of every table in a dump (see dump-database.ts). The caller runs this in
// one transaction, so a failure leaves the database as it was. Foreign keys are dropped for
// the load and added again at the end, which checks every row at once (and needs no
// superuser, unlike disabling triggers); serial counters continue after the restored ids.
export async function loadDatabaseDump(client: pg.Client, file: string, tables: { name: string; rows: number }[]): Promise<void> {
  const { rows: foreignKeys } = await client.query<{ table: string; name: string; definition: string }>(`
    SELECT c.conrelid::regclass::text AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS definition
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE c.contype = 'f' AND n.nspname = 'public'`);
  for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${quote(fk.name)}`);
  if (tables.length) await client.query(`TRUNCATE ${tables.map((t) => quote(t.name)).join(", ")}`);

  const loaded = new Map<string, number>();
  let table: string | null = null;
  let batch: string[] = [];
  let bytes = 0;
  const flush = async () => {
    if (!table || batch.length === 0) return;
    const name = quote(table);
    await client.query(`INSERT INTO ${name} SELECT * FROM json_populate_recordset(NULL::${name}, $1::json)`, [`[${batch.join(",")}]`]);
    loaded.set(table, (loaded.get(table) ?? 0) + batch.length);
    batch = [];
    bytes = 0;
  };
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.startsWith("#table ")) {
      await flush();
      table = line.slice("#table ".length);
      if (!tables.some((t) => t.name === table)) throw new Error(`the dump holds table ${table}, which the manifest does not list`);
      loaded.set(table, 0);
    } else if (line) {
      batch.push(line);
      bytes += line.length;
      if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) await flush();
    }
  }
  await flush();
  for (const t of tables) {
    if ((loaded.get(t.name) ?? 0) !== t.rows) throw new Error(`table ${t.name}: loaded ${loaded.get(t.name) ?? 0} rows, the manifest records ${t.rows}`);
  }

  const { rows: serials } = await client.query<{ table: string; column: string }>(`
    SELECT table_name AS table, column_name AS column FROM information_schema.columns
    WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`);
  for (const s of serials) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE(MAX(${quote(s.column)}), 0) + 1, false) FROM ${quote(s.table)}`,
      [quote(s.table), s.column],
    );
  }
  for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${quote(fk.name)} ${fk.definition}`);
}
