import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

// Runs the Next CLI with telemetry off (these machines have no internet, and nobody asked).
export async function runNext(args: string[], options: { env: NodeJS.ProcessEnv; wait: true }): Promise<number>;
export async function runNext(args: string[], options: { env: NodeJS.ProcessEnv; wait: false }): Promise<ChildProcess>;
export async function runNext(args: string[], options: { env: NodeJS.ProcessEnv; wait: boolean }) {
  const child = spawn(process.execPath, [nextBin, ...args], {
    stdio: "inherit",
    env: { ...options.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" },
  });
  if (!options.wait) return child;
  return new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}
