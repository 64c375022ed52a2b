import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { hashPassword } from "@/lib/server/auth/hash-password";
import { getDb } from "@/lib/server/database/get-db";
import { createTestResource, createTestUser } from "../support/factories";
import { freePort } from "../support/free-port";
import { BROWSER_USER_AGENT } from "../support/browser-user-agent";
import { HttpSession } from "../support/http-session";
import { launchApp, waitForHealthy, type TLaunchedApp } from "../support/launch-app";
import { makeTestDir } from "../support/make-test-dir";
import { tusUploadAndDrop } from "../support/tus-drop";
import { tusUpload } from "../support/tus-upload";

// Uploads and downloads through the real app (tus client → route handler → object store →
// PostgreSQL), once with the local-disk store and once with a real S3 server.
const db = getDb();
const s3 = inject("s3");
const PASSWORD = "yuklash-sinovi-2026";
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const pdfLike = (size: number) => Buffer.concat([Buffer.from("%PDF-1.7\n%âãÏÓ\n"), randomBytes(size - 15)]);

const drivers = [
  { name: "local disk", env: {} as Record<string, string> },
  {
    name: "S3",
    env: { S3_ENDPOINT: s3.endpoint, S3_REGION: s3.region, S3_ACCESS_KEY: s3.accessKey, S3_SECRET_KEY: s3.secretKey, S3_BUCKET: `uploads-${randomBytes(4).toString("hex")}` },
  },
];

afterAll(() => db.$disconnect());

describe.each(drivers)("files with the $name store", ({ name, env: driverEnv }) => {
  let app: TLaunchedApp;
  let env: Record<string, string>;
  let dataDir = "";
  let baseUrl = "";
  let owner: HttpSession;
  let resourceId = "";

  const launched: TLaunchedApp[] = [];
  const start = async () => {
    app = launchApp(env);
    launched.push(app);
    await waitForHealthy(app, 180_000);
  };
  const upload = (bytes: Buffer, filename: string, session = owner, more: Partial<Parameters<typeof tusUpload>[1]> = {}) =>
    tusUpload(bytes, { endpoint: `${baseUrl}/api/uploads`, cookie: session.cookie(), metadata: { resourceId, filename, filetype: "application/octet-stream" }, ...more });
  const uploadAndDrop = (bytes: Buffer, filename: string, share: number) =>
    tusUploadAndDrop({ endpoint: `${baseUrl}/api/uploads`, cookie: owner.cookie(), metadata: { resourceId, filename }, bytes, cutAt: Math.floor(bytes.length * share) });
  const tusHead = (url: string) => fetch(new URL(url, baseUrl), { method: "HEAD", headers: { "Tus-Resumable": "1.0.0", cookie: owner.cookie() } });
  const signedIn = async (role: "CONTRIBUTOR" | "LIBRARIAN", country: string) => {
    const user = await createTestUser(db, { role, country, passwordHash: await hashPassword(PASSWORD) });
    const session = new HttpSession(baseUrl);
    expect((await session.signIn(user.email, PASSWORD)).status).toBe(302);
    return { user, session };
  };

  beforeAll(async () => {
    dataDir = await makeTestDir("uploads");
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    env = { PORT: String(port), PUBLIC_URL: baseUrl, DATA_DIR: dataDir, ...driverEnv };
    await start();
    const contributor = await signedIn("CONTRIBUTOR", "UZ");
    owner = contributor.session;
    resourceId = (await createTestResource(db, { country: "UZ", uploaderId: contributor.user.id, status: "DRAFT" })).id;
  });

  afterAll(async () => {
    if (process.env.KITAB_TEST_APP_LOG) for (const a of launched) console.log(a.output());
    await app?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("resumes an upload cut off halfway and ends with a byte-identical file", async () => {
    // S3 keeps what arrived in whole 8 MiB parts; a 24 MiB file cut halfway keeps at least one.
    const bytes = pdfLike(24 * 1024 * 1024);
    const url = await uploadAndDrop(bytes, "Dasturlash asoslari.pdf", 0.5);
    const offset = Number((await tusHead(url)).headers.get("upload-offset"));
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThan(bytes.length);
    const done = await upload(bytes, "Dasturlash asoslari.pdf", owner, { uploadUrl: url });
    expect(done.fileId).toMatch(/^[0-9a-f-]{36}$/);
    const resource = (await (await owner.request(`/api/v1/resources/${resourceId}`)).json()) as { files: { id: string; size: number; sha256: string; mediaType: string; name: string }[] };
    expect(resource.files.find((f) => f.id === done.fileId)).toEqual({ id: done.fileId, name: "Dasturlash asoslari.pdf", size: bytes.length, mediaType: "application/pdf", sha256: sha256(bytes), thumbnail: null, downloadUrl: `/api/v1/resources/${resourceId}/files/${done.fileId}/download` }); // no worker runs here
    const download = await owner.request(`/api/v1/resources/${resourceId}/files/${done.fileId}/download`);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-length")).toBe(String(bytes.length));
    expect(sha256(Buffer.from(await download.arrayBuffer()))).toBe(sha256(bytes));
    expect((await tusHead(url)).status).toBe(404); // the partial upload is gone
  });

  it("resumes an upload after the app restarts", async () => {
    const bytes = pdfLike(20 * 1024 * 1024);
    const url = await uploadAndDrop(bytes, "restart.pdf", 0.6);
    await app.stop();
    await start();
    expect(Number((await tusHead(url)).headers.get("upload-offset"))).toBeGreaterThan(0);
    const done = await upload(bytes, "restart.pdf", owner, { uploadUrl: url });
    const row = await db.resourceFile.findUniqueOrThrow({ where: { id: done.fileId! } });
    expect(row.sha256).toBe(sha256(bytes));
  });

  it("refuses an executable renamed to .pdf, and keeps nothing of it", async () => {
    const program = readFileSync(process.execPath).subarray(0, 2 * 1024 * 1024);
    const before = await db.resourceFile.count({ where: { resourceId } });
    const error = await upload(program, "lecture.pdf").catch((e: { originalResponse?: { getStatus(): number; getBody(): string } }) => e);
    expect("originalResponse" in error && error.originalResponse?.getStatus()).toBe(415);
    expect("originalResponse" in error && error.originalResponse?.getBody()).toContain("is a program");
    expect(await db.resourceFile.count({ where: { resourceId } })).toBe(before);
    expect(await db.resourceFile.findFirst({ where: { sha256: sha256(program) } })).toBeNull();
  });

  it("serves exact byte ranges, ETags and Cyrillic file names", async () => {
    const text = Buffer.from("Лекция 1. Введение в информатику.\nАлгоритм — это конечная последовательность шагов.\n".repeat(50));
    const { fileId } = await upload(text, "Лекция №1 — введение.txt");
    const url = `/api/v1/resources/${resourceId}/files/${fileId}/download`;
    const slice = await owner.request(url, { headers: { range: "bytes=100-199" } });
    expect(slice.status).toBe(206);
    expect(slice.headers.get("content-range")).toBe(`bytes 100-199/${text.length}`);
    expect(Buffer.from(await slice.arrayBuffer()).equals(text.subarray(100, 200))).toBe(true);
    const tail = await owner.request(url, { headers: { range: "bytes=-10" } });
    expect(Buffer.from(await tail.arrayBuffer()).equals(text.subarray(text.length - 10))).toBe(true);
    expect((await owner.request(url, { headers: { range: `bytes=${text.length}-` } })).status).toBe(416);
    const whole = await owner.request(url);
    const etag = whole.headers.get("etag")!;
    expect(etag).toBe(`"${sha256(text)}"`);
    expect(whole.headers.get("content-type")).toBe("text/plain");
    expect(whole.headers.get("x-content-type-options")).toBe("nosniff");
    const disposition = whole.headers.get("content-disposition")!;
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe("Лекция №1 — введение.txt");
    expect((await owner.request(url, { headers: { "if-none-match": etag } })).status).toBe(304);
  });

  it("cancels an upload on request (termination) and refuses one larger than the limit", async () => {
    const url = await uploadAndDrop(pdfLike(4 * 1024 * 1024), "cancelled.pdf", 0.5);
    const cancelled = await fetch(url, { method: "DELETE", headers: { "Tus-Resumable": "1.0.0", cookie: owner.cookie() } });
    expect(cancelled.status).toBe(204);
    expect((await tusHead(url)).status).toBe(404);
    const tooLarge = await fetch(`${baseUrl}/api/uploads`, {
      method: "POST",
      headers: { "Tus-Resumable": "1.0.0", "Upload-Length": String(5 * 1024 ** 3 + 1), "Upload-Metadata": `resourceId ${Buffer.from(resourceId).toString("base64")},filename ${Buffer.from("huge.mp4").toString("base64")}`, cookie: owner.cookie() },
    });
    expect(tooLarge.status).toBe(413);
  });

  it("replaces a file with a new version and keeps the earlier one downloadable", async () => {
    const v1 = await upload(pdfLike(100 * 1024), "syllabus.pdf");
    const v2 = await tusUpload(pdfLike(120 * 1024), {
      endpoint: `${baseUrl}/api/uploads`,
      cookie: owner.cookie(),
      metadata: { resourceId, filename: "syllabus-2026.pdf", replaces: v1.fileId! },
    });
    const resource = (await (await owner.request(`/api/v1/resources/${resourceId}`)).json()) as { files: { id: string }[] };
    const ids = resource.files.map((f) => f.id);
    expect(ids).toContain(v2.fileId);
    expect(ids).not.toContain(v1.fileId);
    expect((await db.resourceFile.findUniqueOrThrow({ where: { id: v1.fileId! } })).replacedById).toBe(v2.fileId);
    expect((await owner.request(`/api/v1/resources/${resourceId}/files/${v1.fileId}/download`)).status).toBe(200);
    const again = await tusUpload(pdfLike(130 * 1024), { endpoint: `${baseUrl}/api/uploads`, cookie: owner.cookie(), metadata: { resourceId, filename: "x.pdf", replaces: v1.fileId! } }).catch(
      (e: { originalResponse?: { getStatus(): number } }) => e.originalResponse?.getStatus(),
    );
    expect(again).toBe(409);
  });

  it("keeps the same bytes once per resource", async () => {
    const bytes = pdfLike(256 * 1024);
    const first = await upload(bytes, "once.pdf");
    const second = await upload(bytes, "twice.pdf");
    expect(second).toMatchObject({ fileId: first.fileId, duplicate: true });
    expect(await db.resourceFile.count({ where: { resourceId, sha256: sha256(bytes) } })).toBe(1);
  });

  it("lets only the owner and the country's librarians upload", async () => {
    const bytes = pdfLike(64 * 1024);
    const status = (promise: Promise<unknown>) => promise.then(() => 201, (e: { originalResponse?: { getStatus(): number } }) => e.originalResponse?.getStatus());
    expect(await status(upload(bytes, "x.pdf", (await signedIn("CONTRIBUTOR", "UZ")).session))).toBe(404);
    expect(await status(upload(bytes, "x.pdf", (await signedIn("LIBRARIAN", "KZ")).session))).toBe(404);
    expect(await status(upload(bytes, "x.pdf", new HttpSession(baseUrl)))).toBe(401);
    expect(await status(upload(bytes, "librarian.pdf", (await signedIn("LIBRARIAN", "UZ")).session))).toBe(201);
  });

  it("records downloads and keeps network-only files from anonymous visitors", async () => {
    const bytes = pdfLike(32 * 1024);
    const { fileId } = await upload(bytes, "network.pdf");
    await db.resource.update({ where: { id: resourceId }, data: { status: "PUBLISHED", visibility: "NETWORK" } });
    try {
      const url = `/api/v1/resources/${resourceId}/files/${fileId}/download`;
      expect((await fetch(`${baseUrl}${url}`)).status).toBe(404);
      const before = await db.usageEvent.count({ where: { kind: "DOWNLOAD", fileId } });
      const student = new HttpSession(baseUrl, { "user-agent": BROWSER_USER_AGENT });
      const reader = await createTestUser(db, { role: "STUDENT", country: "KZ", passwordHash: await hashPassword(PASSWORD) });
      await student.signIn(reader.email, PASSWORD);
      expect((await student.request(url)).status).toBe(200);
      expect((await student.request(url, { headers: { range: "bytes=100-200" } })).status).toBe(206); // a continuation, not a new download
      expect((await fetch(`${baseUrl}${url}`, { headers: { cookie: student.cookie() } })).status).toBe(200); // Node's own user agent: a robot
      const events = await db.usageEvent.findMany({ where: { kind: "DOWNLOAD", fileId }, orderBy: { id: "asc" } });
      expect(events.length).toBe(before + 1);
      expect(events.at(-1)).toMatchObject({ resourceId, libraryCountry: "UZ", institutionId: reader.institutionId, countryCode: "KZ" });
    } finally {
      await db.resource.update({ where: { id: resourceId }, data: { status: "DRAFT", visibility: "PUBLIC" } });
    }
  });

  it.runIf(name === "S3")("stores objects another S3 client reads back", async () => {
    const bytes = pdfLike(5 * 1024 * 1024 + 3);
    const { fileId } = await upload(bytes, "aws.pdf");
    const row = await db.resourceFile.findUniqueOrThrow({ where: { id: fileId! } });
    const client = new S3Client({ endpoint: s3.endpoint, region: s3.region, forcePathStyle: true, credentials: { accessKeyId: s3.accessKey, secretAccessKey: s3.secretKey } });
    const object = await client.send(new GetObjectCommand({ Bucket: driverEnv.S3_BUCKET, Key: row.objectKey }));
    expect(sha256(Buffer.from(await object.Body!.transformToByteArray()))).toBe(sha256(bytes));
    client.destroy();
  });
});
