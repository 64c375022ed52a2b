import "server-only";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import type { TObjectStore } from "@/lib/storage/object-store";
import type { TBackupManifest } from "./backup-manifest";
import { backupObjectPath } from "./backup-object-path";
import { dumpDatabase } from "./dump-database";
import { hashFile } from "./hash-file";
import { hashStream } from "./hash-stream";
import { listMigrations } from "./list-migrations";
import { objectProblem } from "./object-problem";
import { STORED_OBJECTS_QUERY, type TStoredObjectRow } from "./stored-objects-query";

const PARALLEL = 4;

// A backup in an empty (or new) directory: the database first, read in one snapshot, then
// exactly the objects that snapshot refers to. File objects are never rewritten or deleted
// once their row exists (a new upload gets a new key), so copying them after the snapshot
// still gives the bytes the dump describes, while the app goes on taking uploads; objects
// uploaded later are simply not in this backup, and neither are their rows.
export async function createBackup(options: {
  databaseUrl: string;
  store: TObjectStore;
  outDir: string;
  kitabVersion: string;
  log?: (message: string) => void;
}): Promise<TBackupManifest> {
  const log = options.log ?? (() => {});
  const dir = path.resolve(options.outDir);
  await mkdir(dir, { recursive: true });
  if ((await readdir(dir)).length > 0) throw new Error(`${dir} is not empty: back up into a new directory`);

  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const createdAt = new Date().toISOString();
  let tables: { name: string; rows: number }[];
  let migrations: string[];
  let expected: TStoredObjectRow[];
  const dumpFile = path.join(dir, "database.jsonl.gz");
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    migrations = await listMigrations(client);
    log("Dumping the database");
    tables = await dumpDatabase(client, dumpFile);
    expected = (await client.query<TStoredObjectRow>(STORED_OBJECTS_QUERY)).rows;
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
  const dump = await hashFile(dumpFile);

  log(`Copying ${expected.length} objects`);
  const objects: TBackupManifest["objects"] = [];
  const problems: string[] = [];
  let next = 0;
  const copyNext = async (): Promise<void> => {
    while (next < expected.length) {
      const row = expected[next++]!;
      const target = backupObjectPath(dir, row.key);
      await mkdir(path.dirname(target), { recursive: true });
      if (!(await options.store.stat(row.key))) {
        problems.push(objectProblem(row, null)!);
        continue;
      }
      const hashed = hashStream();
      await pipeline(await options.store.get(row.key), hashed.stream, createWriteStream(`${target}.partial`));
      await rename(`${target}.partial`, target);
      const actual = hashed.result();
      const problem = objectProblem(row, actual);
      // A thumbnail made again after the snapshot: the newer picture is kept (it shows the same
      // file), and the difference noted; a file's bytes must match exactly.
      if (problem && row.hashPrefix !== null) problems.push(`${problem} (re-made after the snapshot? kept the current one)`);
      else if (problem) {
        problems.push(problem);
        await rm(target);
        continue;
      }
      objects.push({ key: row.key, ...actual });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, copyNext));
  objects.sort((a, b) => a.key.localeCompare(b.key));
  problems.sort();

  const manifest: TBackupManifest = {
    format: "kitab-backup-1",
    createdAt,
    kitabVersion: options.kitabVersion,
    migrations,
    database: { file: "database.jsonl.gz", ...dump, tables },
    objects,
    problems,
  };
  // Written last: a directory without a manifest is an unfinished backup.
  await writeFile(path.join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
