import { readdirSync, readFileSync } from "node:fs";
import type { TLaunchedApp } from "./launch-app";

// Every process below `rootPid` (from /proc), deepest last.
function descendants(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      found.push(child);
      walk(child);
    }
  };
  walk(rootPid);
  return found;
}

// A crash, as a power cut or the OOM killer would do it: SIGKILL to the app's launcher and
// every process under it (the Next server, the worker) at once, with no chance to clean up.
export async function killApp(app: TLaunchedApp): Promise<void> {
  const pids = [app.pid, ...descendants(app.pid)];
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  await app.exited;
}
