import "server-only";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import type { TObjectStore } from "@/lib/storage/object-store";
import { backupObjectPath } from "./backup-object-path";
import type { TBackupManifest } from "./backup-manifest";
import { findNonEmptyTables } from "./find-non-empty-tables";
import { hashStream } from "./hash-stream";
import { listMigrations } from "./list-migrations";
import { loadDatabaseDump } from "./load-database-dump";
import { readManifest } from "./read-manifest";
import { verifyBackupDir } from "./verify-backup-dir";

// Restores a backup into an empty instance: migrated to the same migrations, with no rows
// beyond the reference data a new instance seeds, and none of the backup's objects in its
// store. Order, for all or nothing: check the whole backup; upload the objects (each hashed on
// its way, against the manifest); load the database in one transaction. If anything fails,
// the transaction is rolled back and the objects uploaded so far are removed.
export async function restoreBackup(options: {
  databaseUrl: string;
  store: TObjectStore;
  fromDir: string;
  log?: (message: string) => void;
}): Promise<TBackupManifest> {
  const log = options.log ?? (() => {});
  const dir = path.resolve(options.fromDir);
  const manifest = await readManifest(dir);
  log(`Checking the backup (${manifest.objects.length} objects)`);
  const damaged = await verifyBackupDir(dir);
  if (damaged.length) throw new Error(`The backup in ${dir} is damaged; nothing was restored:\n  ${damaged.join("\n  ")}`);

  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const uploaded: string[] = [];
  try {
    const migrations = await listMigrations(client);
    if (migrations.join() !== manifest.migrations.join()) {
      throw new Error(
        `The database has ${migrations.length} migrations, the backup ${manifest.migrations.length} (last: ${manifest.migrations.at(-1) ?? "none"}): ` +
          `restore with the Kitab version that made the backup (${manifest.kitabVersion}), then upgrade.`,
      );
    }
    const busy = await findNonEmptyTables(client);
    if (busy.length) {
      throw new Error(`The database is not empty (rows in ${busy.join(", ")}): restore only into a new instance (a new DATA_DIR or database, started with SEED_DEMO=false, or not started at all).`);
    }
    await options.store.check();
    for (const object of manifest.objects) {
      if (await options.store.stat(object.key)) throw new Error(`The object store is not empty (${object.key} exists): restore into a new bucket or DATA_DIR.`);
    }

    log(`Uploading ${manifest.objects.length} objects`);
    for (const object of manifest.objects) {
      const file = backupObjectPath(dir, object.key);
      const hashed = hashStream();
      uploaded.push(object.key);
      await options.store.put(object.key, createReadStream(file).pipe(hashed.stream), (await stat(file)).size);
      const actual = hashed.result();
      if (actual.sha256 !== object.sha256 || actual.size !== object.size) throw new Error(`${object.key} changed while it was uploaded (SHA-256 ${actual.sha256})`);
    }

    log("Loading the database");
    await client.query("BEGIN");
    try {
      await loadDatabaseDump(client, path.join(dir, manifest.database.file), manifest.database.tables);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
    uploaded.length = 0;
    return manifest;
  } finally {
    await client.end().catch(() => {});
    for (const key of uploaded) await options.store.remove(key).catch(() => log(`Could not remove ${key}; remove it by hand`));
  }
}
