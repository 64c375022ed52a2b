import { chmod, mkdir, mkdtemp } from "node:fs/promises";
import path from "node:path";

// Under the project (not /tmp) and world-traversable: as root, the embedded PostgreSQL
// runs as a `postgres` user that must reach its data directory.
export async function makeTestDir(prefix: string): Promise<string> {
  const parent = path.resolve(".test-data");
  await mkdir(parent, { recursive: true });
  await chmod(parent, 0o755);
  const dir = await mkdtemp(path.join(parent, `${prefix}-`));
  await chmod(dir, 0o755);
  return dir;
}
