import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getDb } from "@/lib/server/database/get-db";
import { descendantRss } from "../support/process-memory";
import { tusUpload } from "../support/tus-upload";
import { startUploadScenario, writePayload, type TUploadScenario } from "../support/upload-scenario";

// 1 GiB through the app into the real S3 server, with the app's memory watched all along.
const GIB_MIB = 1024;
let scenario: TUploadScenario;

beforeAll(async () => {
  scenario = await startUploadScenario({ databaseUrl: inject("databaseUrl"), s3: inject("s3") });
}, 300_000);
afterAll(() => scenario?.stop());

describe("a 1 GiB upload", () => {
  it("is stored whole while the app stays under 300 MB of memory", async () => {
    const file = await writePayload(`${scenario.dataDir}/one-gib.bin`, GIB_MIB);
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, descendantRss(scenario.app.pid, /server\.mjs/))), 200);
    const expected = createHash("sha256");
    for await (const chunk of createReadStream(file)) expected.update(chunk as Buffer);
    try {
      const result = await tusUpload(createReadStream(file), {
        endpoint: `${scenario.baseUrl}/api/uploads`,
        cookie: scenario.session.cookie(),
        metadata: { resourceId: scenario.resourceId, filename: "bir-gigabayt.pdf" },
        size: GIB_MIB * 1024 * 1024,
      });
      const row = await getDb().resourceFile.findUniqueOrThrow({ where: { id: result.fileId! } });
      expect(Number(row.size)).toBe(GIB_MIB * 1024 * 1024);
      expect(row.sha256).toBe(expected.digest("hex"));
    } finally {
      clearInterval(sampler);
    }
    console.log(`1 GiB upload: peak resident memory of the app server ${(peak / 1024 / 1024).toFixed(0)} MB`);
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThan(300 * 1024 * 1024);
  }, 600_000);
});
