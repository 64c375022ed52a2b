import { readFile } from "node:fs/promises";
import path from "node:path";
import { ZBackupManifest, type TBackupManifest } from "./backup-manifest";

export async function readManifest(dir: string): Promise<TBackupManifest> {
  let text: string;
  try {
    text = await readFile(path.join(dir, "manifest.json"), "utf8");
  } catch {
    throw new Error(`${dir} has no manifest.json: not a Kitab backup, or an unfinished one`);
  }
  const parsed = ZBackupManifest.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${dir}/manifest.json is not a Kitab backup manifest: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}
