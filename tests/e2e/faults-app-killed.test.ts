import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/server/auth/hash-password";
import { createDb, type TDb } from "@/lib/server/database/create-db";
import { createLocalDiskStore } from "@/lib/storage/create-local-disk-store";
import { createS3Store } from "@/lib/storage/create-s3-store";
import type { TObjectStore } from "@/lib/storage/object-store";
import { createTestResource, createTestUser } from "../support/factories";
import { freePort } from "../support/free-port";
import { HttpSession } from "../support/http-session";
import { killApp } from "../support/kill-app";
import { launchApp, waitForHealthy, type TLaunchedApp } from "../support/launch-app";
import { makeTestDir } from "../support/make-test-dir";
import { pdfPayload } from "../support/pdf-payload";
import { startTestDatabase, type TTestDatabase } from "../support/start-test-database";
import { startTestS3, type TTestS3 } from "../support/start-test-s3";
import { sha256, sha256OfStream, tusCreate, tusHead, tusPatch, tusPatchInterrupted } from "../support/tus-by-hand";

// The app is killed outright (SIGKILL to it and its children) in the middle of a PATCH, then
// started again on the same data folder, database and storage; the upload resumes where the
// storage says it stands.
const MIB = 1024 * 1024;
let dir = "";
let database: TTestDatabase;
let s3: TTestS3;
let db: TDb;

beforeAll(async () => {
  dir = await makeTestDir("faults-kill");
  [database, s3] = await Promise.all([startTestDatabase(dir), startTestS3(dir)]);
  db = createDb(database.url);
}, 600_000);

afterAll(async () => {
  await db?.$disconnect();
  await Promise.all([database?.stop(), s3?.stop()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.each(["s3", "local disk"] as const)("the app killed with SIGKILL mid-upload (%s)", (mode) => {
  let app: TLaunchedApp | undefined;
  afterAll(() => app?.stop());

  it("resumes after the restart, and the file is stored once and whole", async () => {
    const dataDir = await makeTestDir("faults-kill-app");
    const port = await freePort();
    const bucket = `killed-${port}`;
    const env: Record<string, string> = {
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      WORKER: "off",
      ...(mode === "s3" ? { S3_ENDPOINT: s3.endpoint, S3_REGION: s3.region, S3_ACCESS_KEY: s3.accessKey, S3_SECRET_KEY: s3.secretKey, S3_BUCKET: bucket } : {}),
    };
    const store: TObjectStore =
      mode === "s3" ? createS3Store({ ...s3, bucket, pathStyle: true }) : createLocalDiskStore(path.join(dataDir, "storage"));
    app = launchApp(env);
    await waitForHealthy(app, 300_000);
    const password = "oldirilgan-ilova-2026";
    const user = await createTestUser(db, { role: "CONTRIBUTOR", country: "UZ", passwordHash: await hashPassword(password) });
    const { id: resourceId } = await createTestResource(db, { country: "UZ", uploaderId: user.id });
    const session = new HttpSession(app.baseUrl);
    await session.signIn(user.email, password);
    const cookie = session.cookie();
    const endpoint = `${app.baseUrl}/api/uploads`;

    const payload = pdfPayload(24 * MIB);
    const url = await tusCreate(endpoint, cookie, payload.length, { resourceId, filename: "uzilgan.pdf" });
    const first = await tusPatch(url, cookie, 0, payload.subarray(0, 8 * MIB));
    expect(first.status).toBe(204);
    const killed = app;
    const cut = await tusPatchInterrupted(url, cookie, 8 * MIB, payload.subarray(8 * MIB), 6 * MIB, () => killApp(killed));
    expect(cut.status).toBe(0); // no answer: the server is gone
    expect(await db.resourceFile.count({ where: { resourceId } })).toBe(0);

    app = launchApp(env);
    await waitForHealthy(app, 300_000);
    const head = await tusHead(url, cookie);
    expect(head.status, head.body).toBe(200);
    expect(head.offset).toBeGreaterThanOrEqual(8 * MIB);
    expect(head.offset).toBeLessThan(payload.length);
    const rest = await tusPatch(url, cookie, head.offset!, payload.subarray(head.offset!));
    expect(rest.status, rest.body).toBe(204);
    expect(rest.offset).toBe(payload.length);

    const rows = await db.resourceFile.findMany({ where: { resourceId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(rest.headers.get("kitab-file-id"));
    expect(rows[0]!.sha256).toBe(sha256(payload));
    expect(Number(rows[0]!.size)).toBe(payload.length);
    expect(await sha256OfStream(await store.get(rows[0]!.objectKey))).toBe(sha256(payload));
    expect(await db.auditEvent.count({ where: { entityId: resourceId, action: "resource.file.add" } })).toBe(1);

    await app.stop();
    app = undefined;
    await rm(dataDir, { recursive: true, force: true });
  }, 600_000);
});
