import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getDb } from "@/lib/server/database/get-db";
import { BROWSER_USER_AGENT } from "../support/browser-user-agent";
import { tusUpload } from "../support/tus-upload";
import { startUploadScenario, type TUploadScenario } from "../support/upload-scenario";

// With S3_PUBLIC_URL set, downloads are handed to the S3 server by a short-lived signed URL.
let scenario: TUploadScenario;
const s3 = inject("s3");

beforeAll(async () => {
  scenario = await startUploadScenario({ databaseUrl: inject("databaseUrl"), s3, env: { S3_PUBLIC_URL: s3.endpoint, DOWNLOAD_URL_SECONDS: "60" } });
}, 300_000);
afterAll(async () => {
  await scenario?.stop();
  await getDb().$disconnect();
});

describe("downloads through presigned S3 URLs", () => {
  it("redirects to a signed URL that serves the file as an attachment, and counts the download", async () => {
    const content = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(200_000, 42)]);
    const { fileId } = await tusUpload(content, {
      endpoint: `${scenario.baseUrl}/api/uploads`,
      cookie: scenario.session.cookie(),
      metadata: { resourceId: scenario.resourceId, filename: "Тест.pdf" },
    });
    const response = await scenario.session.request(`/api/v1/resources/${scenario.resourceId}/files/${fileId}/download`, { headers: { "user-agent": BROWSER_USER_AGENT } });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get("location")!);
    expect(location.origin).toBe(new URL(s3.endpoint).origin);
    expect(location.searchParams.get("X-Amz-Expires")).toBe("60");
    const direct = await fetch(location);
    expect(direct.status).toBe(200);
    expect(Buffer.from(await direct.arrayBuffer()).equals(content)).toBe(true);
    expect(decodeURIComponent(direct.headers.get("content-disposition")!.split("UTF-8''")[1]!)).toBe("Тест.pdf");
    expect(direct.headers.get("content-type")).toBe("application/pdf");
    expect(await getDb().usageEvent.count({ where: { kind: "DOWNLOAD", fileId: fileId! } })).toBe(1);
  });
});
