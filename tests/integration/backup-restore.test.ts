import { createHash, randomBytes } from "node:crypto";
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createBackup } from "@/lib/server/backup/create-backup";
import { backupObjectPath } from "@/lib/server/backup/backup-object-path";
import { hashObject } from "@/lib/server/backup/hash-object";
import { restoreBackup } from "@/lib/server/backup/restore-backup";
import { verifyBackupDir } from "@/lib/server/backup/verify-backup-dir";
import { verifyLiveObjects } from "@/lib/server/backup/verify-live-objects";
import { createDb, type TDb } from "@/lib/server/database/create-db";
import { seedReferenceData } from "@/lib/server/seed/seed-reference-data";
import { createLocalDiskStore } from "@/lib/storage/create-local-disk-store";
import { createS3Store } from "@/lib/storage/create-s3-store";
import type { TObjectStore } from "@/lib/storage/object-store";
import { createTestResource, createTestUser } from "../support/factories";
import { makeTestDir } from "../support/make-test-dir";
import { startTestDatabase, type TTestDatabase } from "../support/start-test-database";

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

// Every table's row count and a digest of all its rows, as PostgreSQL prints them.
async function tableDigests(url: string): Promise<Record<string, { rows: number; digest: string }>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`);
    const result: Record<string, { rows: number; digest: string }> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ rows: string; digest: string | null }>(
        `SELECT count(*)::text AS rows, md5(string_agg(row_to_json(t)::text, E'\\n' ORDER BY row_to_json(t)::text)) AS digest FROM "${name}" t`,
      );
      result[name] = { rows: Number(rows[0]!.rows), digest: rows[0]!.digest ?? "" };
    }
    return result;
  } finally {
    await client.end();
  }
}

// A source instance (local-disk store), seeded with resources, files, thumbnails and usage;
// backed up, then restored into a new database and an empty S3 bucket.
describe("backup, wipe, restore", () => {
  let dir: string;
  let source: TTestDatabase;
  let target: TTestDatabase;
  let sourceDb: TDb;
  let sourceStore: TObjectStore;
  let targetStore: TObjectStore;
  const objects = new Map<string, string>(); // key → SHA-256

  beforeAll(async () => {
    dir = await makeTestDir("backup");
    [source, target] = await Promise.all([startTestDatabase(dir), startTestDatabase(dir)]);
    sourceDb = createDb(source.url);
    await seedReferenceData(sourceDb);
    const targetDb = createDb(target.url);
    await seedReferenceData(targetDb); // a new instance seeds itself before anyone restores
    await targetDb.$disconnect();
    sourceStore = createLocalDiskStore(path.join(dir, "source-storage"));
    targetStore = createS3Store({ ...inject("s3"), bucket: `restore-${randomBytes(4).toString("hex")}`, pathStyle: true });

    const librarian = await createTestUser(sourceDb, { role: "LIBRARIAN", country: "UZ" });
    for (let i = 0; i < 3; i++) {
      const resource = await createTestResource(sourceDb, { country: i === 2 ? "KZ" : "UZ", status: "PUBLISHED", uploaderId: librarian.id, title: `Backed-up textbook ${i}` });
      await sourceDb.resource.update({ where: { id: resource.id }, data: { subjects: { connect: [{ code: "0541" }] }, description: { ru: "Учебник\nс переводом строки" } } });
      const bytes = randomBytes(1000 + i * 300_000);
      const fileId = crypto.randomUUID();
      const objectKey = `file-${randomBytes(16).toString("hex")}`;
      await sourceStore.put(objectKey, bytes, bytes.length);
      objects.set(objectKey, sha256(bytes));
      const thumbnail = i === 0 ? randomBytes(700) : null;
      if (thumbnail) {
        await sourceStore.put(`thumbnails/${fileId}.webp`, thumbnail, thumbnail.length);
        objects.set(`thumbnails/${fileId}.webp`, sha256(thumbnail));
      }
      await sourceDb.resourceFile.create({
        data: {
          id: fileId, resourceId: resource.id, objectKey, originalName: `book-${i}.pdf`, size: BigInt(bytes.length), mediaType: "application/pdf",
          sha256: sha256(bytes), processingStatus: "DONE", extractedText: `Text of book ${i}`,
          ...(thumbnail ? { thumbnailHash: sha256(thumbnail).slice(0, 16), thumbnailWidth: 240, thumbnailHeight: 320 } : {}),
        },
      });
      await sourceDb.usageEvent.createMany({
        data: [
          { kind: "VIEW", resourceId: resource.id, libraryCountry: i === 2 ? "KZ" : "UZ", visitorKey: "a".repeat(32) },
          { kind: "DOWNLOAD", resourceId: resource.id, fileId, libraryCountry: i === 2 ? "KZ" : "UZ", visitorKey: "b".repeat(32), countryCode: "UZ" },
        ],
      });
      await sourceDb.auditEvent.create({ data: { actorId: librarian.id, action: "resource.publish", entityType: "Resource", entityId: resource.id, countryCode: "UZ", after: { big: 12345678901234567890n.toString() } } });
    }
  });

  afterAll(async () => {
    await sourceDb?.$disconnect();
    await Promise.all([source?.stop(), target?.stop()]);
    await rm(dir, { recursive: true, force: true });
  });

  it("brings back every row and every object byte-identical", async () => {
    const backupDir = path.join(dir, "backup");
    const manifest = await createBackup({ databaseUrl: source.url, store: sourceStore, outDir: backupDir, kitabVersion: "test" });
    expect(manifest.problems).toEqual([]);
    expect(manifest.objects.map((o) => [o.key, o.sha256])).toEqual([...objects].sort(([a], [b]) => a.localeCompare(b)));
    expect(await verifyBackupDir(backupDir)).toEqual([]);

    await restoreBackup({ databaseUrl: target.url, store: targetStore, fromDir: backupDir });
    const [before, after] = await Promise.all([tableDigests(source.url), tableDigests(target.url)]);
    expect(after).toEqual(before);
    expect(after.Resource!.rows).toBeGreaterThanOrEqual(3);
    expect(after.UsageEvent!.rows).toBe(6);
    for (const [key, hash] of objects) expect((await hashObject(targetStore, key))?.sha256).toBe(hash);
    expect(await verifyLiveObjects({ databaseUrl: target.url, store: targetStore })).toEqual({ checked: objects.size, problems: [] });

    // Serial ids go on after the restored ones.
    const targetDb = createDb(target.url);
    const event = await targetDb.usageEvent.create({ data: { kind: "VIEW", resourceId: crypto.randomUUID(), libraryCountry: "UZ", visitorKey: "c".repeat(32) } });
    expect(event.id).toBeGreaterThan(6n);
    await targetDb.$disconnect();

    // The instance now holds data: a second restore is refused and changes nothing.
    await expect(restoreBackup({ databaseUrl: target.url, store: targetStore, fromDir: backupDir })).rejects.toThrow(/not empty/);
    expect((await tableDigests(target.url)).Resource).toEqual(after.Resource);
  });

  it("verify finds a damaged object in the store and in a backup", async () => {
    const backupDir = path.join(dir, "backup-2");
    await createBackup({ databaseUrl: source.url, store: sourceStore, outDir: backupDir, kitabVersion: "test" });
    const [key] = [...objects.keys()].filter((k) => k.startsWith("file-"));
    const original = await sourceStore.get(key!);
    const chunks: Buffer[] = [];
    for await (const chunk of original) chunks.push(chunk as Buffer);
    const damaged = Buffer.concat(chunks);
    damaged[0] = damaged[0]! ^ 0xff;
    await sourceStore.put(key!, damaged, damaged.length);
    try {
      const result = await verifyLiveObjects({ databaseUrl: source.url, store: sourceStore });
      expect(result.problems).toEqual([expect.stringMatching(new RegExp(`^${key}: SHA-256`))]);
    } finally {
      await sourceStore.put(key!, Buffer.concat(chunks), damaged.length);
    }
    await writeFile(backupObjectPath(backupDir, key!), damaged);
    expect(await verifyBackupDir(backupDir)).toEqual([expect.stringMatching(new RegExp(`^${key}: SHA-256`))]);
    const emptyStore = createLocalDiskStore(path.join(dir, "never-used"));
    await expect(restoreBackup({ databaseUrl: target.url, store: emptyStore, fromDir: backupDir })).rejects.toThrow(/damaged/);
  });
});
