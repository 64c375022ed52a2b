import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpSession } from "../support/http-session";
import { launchOwnApp, type TOwnApp } from "../support/launch-own-app";
import { tusUpload } from "../support/tus-upload";

// WEB_CONCURRENCY=2: two server processes share the port and answer requests alike; SIGTERM
// stops both in order.
let own: TOwnApp;
let app: TOwnApp["app"];
let db: TOwnApp["db"];

beforeAll(async () => {
  own = await launchOwnApp("web-concurrency", { WEB_CONCURRENCY: "2" });
  ({ app, db } = own);
}, 200_000);

afterAll(() => own?.stop());

const servingPids = () => new Set(own.logLines().filter((line) => line.msg === "request").map((line) => line.pid as number));

describe("several server processes", () => {
  it("serves from both processes, and a chunked upload through them is stored whole", async () => {
    for (let i = 0; i < 30; i++) expect((await fetch(`${app.baseUrl}/api/v1/libraries`, { headers: { connection: "close" } })).status).toBe(200);
    await expect.poll(() => servingPids().size, { timeout: 5000 }).toBe(2);

    const contributor = await db.user.findUniqueOrThrow({ where: { email: "contributor-uz@kitab.example" } });
    const library = await db.library.findUniqueOrThrow({ where: { countryCode: "UZ" } });
    const resource = await db.resource.create({ data: { libraryId: library.id, institutionId: contributor.institutionId!, uploaderId: contributor.id, title: { en: "Two processes" } } });
    const session = new HttpSession(app.baseUrl);
    expect((await session.signIn("contributor-uz@kitab.example", "kitab-demo-password")).status).toBe(302);
    const bytes = Buffer.from("Ikki jarayon, bitta fayl.\n".repeat(200_000));
    const uploaded = await tusUpload(bytes, {
      endpoint: `${app.baseUrl}/api/uploads`,
      cookie: session.cookie(),
      metadata: { filename: "ikki.txt", resourceId: resource.id },
      chunkSize: 512 * 1024,
    });
    expect(uploaded.fileId).toBeTruthy();
    const files = await db.resourceFile.findMany({ where: { resourceId: resource.id } });
    expect(files.map((f) => f.sha256)).toEqual([createHash("sha256").update(bytes).digest("hex")]);
  });

  it("stops both processes on SIGTERM", async () => {
    const pids = [...servingPids()];
    expect(await app.stop()).toBe(143);
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
  });
});
