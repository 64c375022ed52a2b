import "server-only";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

// Runs `prisma migrate deploy` with the project's prisma.config.ts (offline WASM engine).
export async function applyMigrations(databaseUrl: string, options: { cwd?: string } = {}): Promise<void> {
  const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "migrate", "deploy"], {
      cwd: options.cwd ?? process.cwd(),
      // The CLI child inherits the environment (PATH, proxies); only the URL is ours.
      // eslint-disable-next-line no-restricted-properties
      env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0) throw new Error(`prisma migrate deploy failed (exit ${code}):\n${output.join("")}`);
}
