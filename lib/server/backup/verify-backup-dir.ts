import path from "node:path";
import { backupObjectPath } from "./backup-object-path";
import { hashFile } from "./hash-file";
import { readManifest } from "./read-manifest";

// Checks a backup directory against its manifest: the dump and every object, by size and
// SHA-256. Returns what is wrong (empty when all is well).
export async function verifyBackupDir(dir: string): Promise<string[]> {
  const manifest = await readManifest(dir);
  const problems: string[] = [];
  const check = async (label: string, file: string, expected: { size: number; sha256: string }) => {
    const actual = await hashFile(file).catch(() => null);
    if (!actual) problems.push(`${label}: missing`);
    else if (actual.size !== expected.size) problems.push(`${label}: size ${actual.size}, the manifest records ${expected.size}`);
    else if (actual.sha256 !== expected.sha256) problems.push(`${label}: SHA-256 ${actual.sha256}, the manifest records ${expected.sha256}`);
  };
  await check(manifest.database.file, path.join(dir, manifest.database.file), manifest.database);
  for (const object of manifest.objects) await check(object.key, backupObjectPath(dir, object.key), object);
  return problems;
}
