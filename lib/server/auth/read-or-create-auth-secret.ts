import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

// For the self-contained setup: a session-signing secret made once and kept in DATA_DIR,
// so sessions survive restarts. Production sets AUTH_SECRET instead.
export async function readOrCreateAuthSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
