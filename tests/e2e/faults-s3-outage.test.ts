import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type TDb } from "@/lib/server/database/create-db";
import { createS3Store } from "@/lib/storage/create-s3-store";
import { makeTestDir } from "../support/make-test-dir";
import { pdfPayload } from "../support/pdf-payload";
import { startStoppableS3, type TStoppableS3 } from "../support/start-stoppable-s3";
import { startTestDatabase, type TTestDatabase } from "../support/start-test-database";
import { sha256, sha256OfStream, tusCreate, tusHead, tusPatch, tusPatchInterrupted } from "../support/tus-by-hand";
import { startUploadScenario, type TUploadScenario } from "../support/upload-scenario";

// The S3 server (a real RADOS Gateway of this test's own) stops while a tus upload is on its
// way, and comes back on the same port with the same data.
const MIB = 1024 * 1024;
const external = Boolean(process.env.S3_ENDPOINT); // an outside S3 server is not ours to stop
let dir = "";
let s3: TStoppableS3 | null = null;
let database: TTestDatabase | undefined;
let scenario: TUploadScenario | undefined;
let db: TDb;

beforeAll(async () => {
  if (external) return;
  dir = await makeTestDir("faults-s3");
  [s3, database] = await Promise.all([startStoppableS3(dir), startTestDatabase(dir)]);
  scenario = await startUploadScenario({ databaseUrl: database.url, s3: s3! });
  db = createDb(database.url);
}, 600_000);

afterAll(async () => {
  await db?.$disconnect();
  await scenario?.stop();
  await Promise.all([s3?.stop(), database?.stop()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(external)("the S3 server stops during an upload", () => {
  it("answers 503 with a message, keeps no half file, and the upload resumes and completes when S3 is back", async () => {
    const { baseUrl, resourceId } = scenario!;
    const cookie = scenario!.session.cookie();
    const payload = pdfPayload(24 * MIB);
    const url = await tusCreate(`${baseUrl}/api/uploads`, cookie, payload.length, { resourceId, filename: "uzilish.pdf" });
    const first = await tusPatch(url, cookie, 0, payload.subarray(0, 8 * MIB));
    expect(first.status).toBe(204);
    expect(first.offset).toBe(8 * MIB);

    // The gateway goes away while the next 12 MiB are on their way.
    const broken = await tusPatchInterrupted(url, cookie, 8 * MIB, payload.subarray(8 * MIB, 20 * MIB), 4 * MIB, () => s3!.stopGateway());
    expect(broken.status, broken.body).toBe(503);
    expect(broken.body).toMatch(/storage/i);
    expect(Number(broken.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await db.resourceFile.count({ where: { resourceId } })).toBe(0);

    // While it is down, asking where the upload stands is no worse than "try again".
    const headWhileDown = await tusHead(url, cookie);
    expect([200, 503]).toContain(headWhileDown.status);
    expect(await db.resourceFile.count({ where: { resourceId } })).toBe(0);

    await s3!.startGateway();
    const head = await tusHead(url, cookie);
    expect(head.status).toBe(200);
    expect(head.offset).toBeGreaterThanOrEqual(8 * MIB);
    expect(head.offset).toBeLessThanOrEqual(20 * MIB);
    const rest = await tusPatch(url, cookie, head.offset!, payload.subarray(head.offset!));
    expect(rest.status, rest.body).toBe(204);
    expect(rest.offset).toBe(payload.length);
    const fileId = rest.headers.get("kitab-file-id")!;

    // Nothing lost: one row, its hash and size are the source's, and so are the stored bytes.
    const rows = await db.resourceFile.findMany({ where: { resourceId } });
    expect(rows.map((row) => row.id)).toEqual([fileId]);
    expect(rows[0]!.sha256).toBe(sha256(payload));
    expect(Number(rows[0]!.size)).toBe(payload.length);
    const store = createS3Store({ ...s3!, bucket: scenario!.bucket, pathStyle: true });
    expect(await sha256OfStream(await store.get(rows[0]!.objectKey))).toBe(sha256(payload));
    expect(await db.auditEvent.count({ where: { entityId: resourceId, action: "resource.file.add" } })).toBe(1);
  }, 300_000);
});
