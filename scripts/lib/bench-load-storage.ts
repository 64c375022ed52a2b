import { randomBytes } from "node:crypto";
import { startTestS3 } from "../../tests/support/start-test-s3";

export type TBenchLoadStorage = { description: string; env: Record<string, string>; stop: () => Promise<void> };

// Where the uploads go: S3 (the server S3_ENDPOINT names, or a throw-away Ceph RADOS Gateway
// in `dir`) when it can be had, else the app's local disk store. `want` forces one.
export async function benchLoadStorage(dir: string, want: "auto" | "s3" | "disk", log: (message: string) => void): Promise<TBenchLoadStorage> {
  if (want !== "disk") {
    try {
      log(process.env.S3_ENDPOINT ? `using the S3 server at ${process.env.S3_ENDPOINT}` : "starting a Ceph RADOS Gateway (about 20 s)");
      const s3 = await startTestS3(dir);
      return {
        description: process.env.S3_ENDPOINT ? `S3 at ${s3.endpoint}` : `S3 (a local Ceph RADOS Gateway at ${s3.endpoint})`,
        env: { S3_ENDPOINT: s3.endpoint, S3_REGION: s3.region, S3_ACCESS_KEY: s3.accessKey, S3_SECRET_KEY: s3.secretKey, S3_BUCKET: `bench-load-${randomBytes(4).toString("hex")}` },
        stop: s3.stop,
      };
    } catch (error) {
      if (want === "s3") throw error;
      log(`no S3 server (${error instanceof Error ? error.message.split("\n")[0] : String(error)}): uploads go to the local disk store`);
    }
  }
  return { description: "local disk (DATA_DIR/storage)", env: {}, stop: async () => {} };
}
