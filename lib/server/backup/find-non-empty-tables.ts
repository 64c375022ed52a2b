import "server-only";
import type pg from "pg";
import { REFERENCE_TABLES } from "./reference-tables";

// Tables holding data a restore would overwrite: anything beyond the reference rows a freshly
// migrated and seeded instance has.
export async function findNonEmptyTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const found: string[] = [];
  for (const { name } of rows) {
    if (REFERENCE_TABLES.includes(name)) continue;
    const result = await client.query(`SELECT 1 FROM "${name.replaceAll('"', '""')}" LIMIT 1`);
    if (result.rowCount) found.push(name);
  }
  return found;
}
