import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "./free-port";

const run = promisify(execFile);

export type TTestS3 = { endpoint: string; region: string; accessKey: string; secretKey: string; stop: () => Promise<void> };

// A real S3 server: the one S3_ENDPOINT names (with S3_ACCESS_KEY / S3_SECRET_KEY), or a
// throw-away Ceph RADOS Gateway started by scripts/s3-test-server.sh (about 20 s).
export async function startTestS3(dataDir: string): Promise<TTestS3> {
  if (process.env.S3_ENDPOINT) {
    return {
      endpoint: process.env.S3_ENDPOINT,
      region: process.env.S3_REGION ?? "us-east-1",
      accessKey: process.env.S3_ACCESS_KEY ?? "",
      secretKey: process.env.S3_SECRET_KEY ?? "",
      stop: async () => {},
    };
  }
  const dir = path.join(dataDir, "s3");
  const port = await freePort();
  const env = {
    ...process.env,
    S3_DIR: dir,
    S3_PORT: String(port),
    S3_MON_PORT: String(await freePort()),
    S3_ACCESS_KEY: `test${randomBytes(6).toString("hex")}`,
    S3_SECRET_KEY: randomBytes(18).toString("hex"),
  };
  await run("bash", ["scripts/s3-test-server.sh", "start"], { env, timeout: 300_000 });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    region: "us-east-1",
    accessKey: env.S3_ACCESS_KEY,
    secretKey: env.S3_SECRET_KEY,
    stop: async () => {
      await run("bash", ["scripts/s3-test-server.sh", "stop"], { env, timeout: 60_000 }).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}
