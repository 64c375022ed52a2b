import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { startTestS3, type TTestS3 } from "./start-test-s3";

const run = promisify(execFile);

export type TStoppableS3 = TTestS3 & { stopGateway: () => Promise<void>; startGateway: () => Promise<void> };

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

// A throw-away RADOS Gateway whose S3 front (radosgw) can be stopped and started again on the
// same port while Ceph below it keeps the data: an S3 outage without data loss. Null when
// S3_ENDPOINT names an outside server, which a test must not stop.
export async function startStoppableS3(dataDir: string): Promise<TStoppableS3 | null> {
  if (process.env.S3_ENDPOINT) return null;
  const s3 = await startTestS3(dataDir);
  const dir = path.join(dataDir, "s3"); // where start-test-s3.ts puts the cluster
  const pidFile = path.join(dir, "rgw.pid");
  return {
    ...s3,
    async stopGateway() {
      const pid = Number((await readFile(pidFile, "utf8")).trim());
      process.kill(pid, "SIGTERM");
      for (let i = 0; i < 100 && alive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 100));
      if (alive(pid)) process.kill(pid, "SIGKILL");
    },
    async startGateway() {
      await run("radosgw", ["-c", path.join(dir, "ceph.conf"), "-n", "client.rgw", "--pid-file", pidFile], { timeout: 60_000 });
      for (let i = 0; i < 120; i++) {
        const up = await fetch(`${s3.endpoint}/`).then(() => true, () => false);
        if (up) return;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      throw new Error(`radosgw did not come back at ${s3.endpoint}`);
    },
  };
}
