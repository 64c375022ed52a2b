import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { expect } from "vitest";
import type { TDb } from "@/lib/server/database/create-db";

// Every object in the local store (name and size), tus bookkeeping included.
async function listObjects(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  return (await Promise.all(files.map(async (f) => `${path.relative(dir, f)}:${(await stat(f)).size}`))).sort();
}

// What a refused request must leave untouched: the catalogue's row counts, the named rows
// as they were (every field), and the object store.
export async function takeSnapshot(db: TDb, options: { dataDir?: string; resourceIds?: string[]; collectionIds?: string[]; userIds?: string[] } = {}) {
  const [resources, files, collections, items, audit, users, institutions] = await Promise.all([
    db.resource.count(),
    db.resourceFile.count(),
    db.collection.count(),
    db.collectionItem.count(),
    db.auditEvent.count({ where: { NOT: { action: { startsWith: "auth." } } } }),
    db.user.count(),
    db.institution.count(),
  ]);
  return {
    counts: { resources, files, collections, items, audit, users, institutions },
    resources: await db.resource.findMany({ where: { id: { in: options.resourceIds ?? [] } }, include: { files: true, collectionItems: true }, orderBy: { id: "asc" } }),
    collections: await db.collection.findMany({ where: { id: { in: options.collectionIds ?? [] } }, include: { items: true }, orderBy: { id: "asc" } }),
    users: await db.user.findMany({ where: { id: { in: options.userIds ?? [] } }, orderBy: { id: "asc" } }),
    objects: options.dataDir ? await listObjects(path.join(options.dataDir, "storage")) : [],
  };
}

// Runs `act` and checks that the snapshot is the same afterwards.
export async function unchangedBy<T>(db: TDb, options: Parameters<typeof takeSnapshot>[1], act: () => Promise<T>): Promise<T> {
  const before = await takeSnapshot(db, options);
  const result = await act();
  expect(await takeSnapshot(db, options)).toEqual(before);
  return result;
}

// An API refusal: the status asked for, JSON {error:{code,message}} with a real message.
export async function expectApiError(response: Response, status: number, code?: string) {
  const text = await response.text();
  expect(response.status, text.slice(0, 300)).toBe(status);
  const body = JSON.parse(text) as { error: { code: string; message: string } };
  expect(body.error.message).toMatch(/\w{3,}/);
  if (code) expect(body.error.code).toBe(code);
  return body;
}
