import { Upload } from "@tus/server";
import { describe, expect, it } from "vitest";
import { getTusServer } from "@/lib/server/files/get-tus-server";

// Abandoned partial uploads go once they are older than UPLOAD_EXPIRY_HOURS (24 by default).
describe("expiry of abandoned uploads", () => {
  it("removes partial uploads older than the expiry, and keeps recent ones", async () => {
    const { datastore } = getTusServer();
    const day = 24 * 3600_000;
    const old = new Upload({ id: `file-test-old-${Date.now()}`, size: 1000, offset: 0, creation_date: new Date(Date.now() - day - 60_000).toISOString() });
    const fresh = new Upload({ id: `file-test-new-${Date.now()}`, size: 1000, offset: 0, creation_date: new Date().toISOString() });
    await datastore.create(old);
    await datastore.create(fresh);
    expect(await getTusServer().cleanUpExpiredUploads()).toBeGreaterThanOrEqual(1);
    await expect(datastore.getUpload(old.id)).rejects.toMatchObject({ status_code: 404 });
    await expect(datastore.getUpload(fresh.id)).resolves.toMatchObject({ id: fresh.id });
  });
});
