import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const server = new URL("../server.mjs", import.meta.url).pathname;

// Runs the Next CLI (`build`) or Kitab's server (`serve`, `serve --dev`), with telemetry off
// (these machines have no internet, and nobody asked).
export async function runNext(args: string[], options: { env: NodeJS.ProcessEnv; wait: true }): Promise<number>;
export async function runNext(args: string[], options: { env: NodeJS.ProcessEnv; wait: false }): Promise<ChildProcess>;
export async function runNext(args: string[], options: { env: NodeJS.ProcessEnv; wait: boolean }) {
  const command = args[0] === "serve" ? [server, ...args.slice(1)] : [nextBin, ...args];
  const child = spawn(process.execPath, command, {
    stdio: "inherit",
    env: { ...options.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" },
  });
  if (!options.wait) return child;
  return new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}
