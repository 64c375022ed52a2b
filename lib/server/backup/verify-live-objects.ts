import "server-only";
import pg from "pg";
import type { TObjectStore } from "@/lib/storage/object-store";
import { hashObject } from "./hash-object";
import { objectProblem } from "./object-problem";
import { STORED_OBJECTS_QUERY, type TStoredObjectRow } from "./stored-objects-query";

// Reads every object the database refers to and checks it against the recorded size and
// SHA-256 (thumbnails against their hash prefix). Returns what is wrong, and how many were read.
export async function verifyLiveObjects(options: {
  databaseUrl: string;
  store: TObjectStore;
  progress?: (done: number, total: number) => void;
}): Promise<{ checked: number; problems: string[] }> {
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  let rows: TStoredObjectRow[];
  try {
    rows = (await client.query<TStoredObjectRow>(STORED_OBJECTS_QUERY)).rows;
  } finally {
    await client.end();
  }
  const problems: string[] = [];
  for (const [i, row] of rows.entries()) {
    const problem = objectProblem(row, await hashObject(options.store, row.key));
    if (problem) problems.push(problem);
    options.progress?.(i + 1, rows.length);
  }
  return { checked: rows.length, problems };
}
