import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { hashPassword } from "@/lib/server/auth/hash-password";
import { createDb } from "@/lib/server/database/create-db";
import { createTestResource, createTestUser } from "./factories";
import { freePort } from "./free-port";
import { HttpSession } from "./http-session";
import { launchApp, waitForHealthy, type TLaunchedApp } from "./launch-app";
import { makeTestDir } from "./make-test-dir";
import type { TTestS3 } from "./start-test-s3";

export type TUploadScenario = {
  app: TLaunchedApp;
  baseUrl: string;
  bucket: string;
  dataDir: string;
  session: HttpSession;
  resourceId: string;
  stop: () => Promise<void>;
};

// A Kitab instance on the given database and S3 server, with a contributor signed in and a
// draft of theirs to upload to: the ground for large-upload tests and the upload benchmark.
export async function startUploadScenario(options: { databaseUrl: string; s3: Omit<TTestS3, "stop">; env?: Record<string, string> }): Promise<TUploadScenario> {
  const dataDir = await makeTestDir("upload-scenario");
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const bucket = `scenario-${randomBytes(4).toString("hex")}`;
  const app = launchApp({
    // Upload measurements are of the app alone; file processing has its own tests.
    WORKER: "off",
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    DATA_DIR: dataDir,
    DATABASE_URL: options.databaseUrl,
    S3_ENDPOINT: options.s3.endpoint,
    S3_REGION: options.s3.region,
    S3_ACCESS_KEY: options.s3.accessKey,
    S3_SECRET_KEY: options.s3.secretKey,
    S3_BUCKET: bucket,
    ...options.env,
  });
  await waitForHealthy(app, 300_000);
  const db = createDb(options.databaseUrl);
  const password = "katta-fayl-sinovi-2026";
  const user = await createTestUser(db, { role: "CONTRIBUTOR", country: "UZ", passwordHash: await hashPassword(password) });
  const resource = await createTestResource(db, { country: "UZ", uploaderId: user.id });
  await db.$disconnect();
  const session = new HttpSession(baseUrl);
  await session.signIn(user.email, password);
  return {
    app,
    baseUrl,
    bucket,
    dataDir,
    session,
    resourceId: resource.id,
    stop: async () => {
      await app.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

// A file of `mib` MiB that Kitab accepts (a PDF header, then incompressible bytes), written
// block by block so the writer never holds it in memory.
export async function writePayload(file: string, mib: number): Promise<string> {
  const out = createWriteStream(file);
  const block = randomBytes(1024 * 1024);
  Buffer.from("%PDF-1.7\n%\u00e2\u00e3\n", "latin1").copy(block);
  for (let i = 0; i < mib; i++) {
    block.writeUInt32LE(i, 64); // each block differs
    if (!out.write(block)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return path.resolve(file);
}
