import { existsSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "public", "prisma/schema.prisma", "next.config.js", "package-lock.json", "instrumentation.ts", "proxy.ts"];

async function newestMtime(entry: string): Promise<number> {
  if (!existsSync(entry)) return 0;
  const s = await stat(entry);
  if (!s.isDirectory()) return s.mtimeMs;
  const children = await readdir(entry);
  const times = await Promise.all(children.map((c) => newestMtime(path.join(entry, c))));
  return Math.max(s.mtimeMs, ...times);
}

// A build is needed when there is none, or when a source is newer than it.
export async function buildIsStale(root = process.cwd()): Promise<boolean> {
  const marker = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(marker)) return true;
  const built = (await stat(marker)).mtimeMs;
  const newest = Math.max(...(await Promise.all(SOURCES.map((s) => newestMtime(path.join(root, s))))));
  return newest > built;
}
