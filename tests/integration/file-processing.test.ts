import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { ZSearchParams } from "@/lib/schemas/search";
import { getDb } from "@/lib/server/database/get-db";
import { listFailedFiles } from "@/lib/server/processing/list-failed-files";
import { markProcessingFailed } from "@/lib/server/processing/mark-processing-failed";
import { processFile } from "@/lib/server/processing/process-file";
import { searchResources } from "@/lib/server/search/search-resources";
import { getObjectStore } from "@/lib/storage/get-object-store";
import { makeDocx } from "../support/document-fixtures";
import { createTestUser } from "../support/factories";
import { createSearchInstitution, publishFixtures } from "../support/search-fixtures";

const db = getDb();
afterAll(() => db.$disconnect());

async function storeFile(resourceId: string, data: Uint8Array | null, mediaType: string) {
  const objectKey = `file-${randomBytes(16).toString("hex")}`;
  if (data) await getObjectStore().put(objectKey, Buffer.from(data), data.length);
  return db.resourceFile.create({ data: { id: randomUUID(), resourceId, objectKey, originalName: "t", size: BigInt(data?.length ?? 10), mediaType, sha256: randomBytes(32).toString("hex") } });
}

// What the worker does with one file (the queue around it is exercised by the e2e test).
describe("file processing", () => {
  it("takes the text of a stored DOCX into the search index at the lowest weight", async () => {
    const institution = await createSearchInstitution(db);
    const [id] = await publishFixtures(db, institution, [{ title: { ru: "Лекции по гидрологии" }, languages: ["ru"] }]);
    const file = await storeFile(id!, makeDocx(["Паводки на горных реках Памира изучаются с помощью спутниковых снимков."]), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const search = (q: string) => searchResources({ viewer: null, params: ZSearchParams.parse({ q, institution: institution.slug }), preferredLanguages: [] });
    expect((await search("спутниковые снимки паводков")).total).toBe(0);
    expect(await processFile(file.id)).toBe("DONE");
    expect(await db.resourceFile.findUniqueOrThrow({ where: { id: file.id } })).toMatchObject({ processingStatus: "DONE", processingError: null });
    expect((await search("спутниковые снимки паводков")).items.map((i) => i.id)).toEqual([id]);
  });

  it("records why a file has no text, and a failure after the last retry shows to its library's librarians only", async () => {
    const institution = await createSearchInstitution(db);
    const [id] = await publishFixtures(db, institution, [{ title: { en: "Video lecture" }, languages: ["en"] }]);
    const video = await storeFile(id!, new Uint8Array(16), "video/mp4");
    expect(await processFile(video.id)).toBe("NOT_EXTRACTABLE");
    expect((await db.resourceFile.findUniqueOrThrow({ where: { id: video.id } })).processingError).toMatch(/no text is taken from video/);
    const missing = await storeFile(id!, null, "application/pdf"); // its object is gone from storage
    await expect(processFile(missing.id)).rejects.toThrow();
    await markProcessingFailed(missing.id, "The object is missing from storage");
    const uz = await createTestUser(db, { role: "LIBRARIAN", country: "UZ" });
    const kz = await createTestUser(db, { role: "LIBRARIAN", country: "KZ" });
    expect((await listFailedFiles({ viewer: uz })).map((f) => f.id)).toContain(missing.id);
    expect((await listFailedFiles({ viewer: kz })).map((f) => f.id)).not.toContain(missing.id);
    expect(await processFile(randomUUID())).toBe("GONE");
  });
});
