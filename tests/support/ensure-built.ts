import { mkdirSync, rmSync, statSync } from "node:fs";
import { buildIsStale } from "../../scripts/lib/build-is-stale";
import { runNext } from "../../scripts/lib/run-next";

const LOCK = ".test-data/build.lock";

// Builds the app once when the build is stale, even if several test projects ask at the
// same time: two `next build`s into one .next folder would spoil each other.
export async function ensureBuilt(): Promise<void> {
  mkdirSync(".test-data", { recursive: true });
  for (;;) {
    if (!(await buildIsStale())) return;
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // someone else builds; a lock older than 15 minutes is left over from a crash
      const lock = statSync(LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > 15 * 60_000) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  try {
    if (await buildIsStale()) {
      const code = await runNext(["build"], { env: process.env, wait: true });
      if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
