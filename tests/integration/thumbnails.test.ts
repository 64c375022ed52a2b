import { spawnSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { ZSearchParams } from "@/lib/schemas/search";
import { getDb } from "@/lib/server/database/get-db";
import { processFile } from "@/lib/server/processing/process-file";
import { thumbnailKey } from "@/lib/server/processing/thumbnail-key";
import { searchResources } from "@/lib/server/search/search-resources";
import { getObjectStore } from "@/lib/storage/get-object-store";
import { makePdf } from "../support/document-fixtures";
import { createSearchInstitution, publishFixtures } from "../support/search-fixtures";

const db = getDb();
afterAll(() => db.$disconnect());
const ffmpeg = spawnSync("ffmpeg", ["-version"]).status === 0;

async function storeFile(resourceId: string, data: Buffer, mediaType: string) {
  const objectKey = `file-${randomBytes(16).toString("hex")}`;
  await getObjectStore().put(objectKey, data, data.length);
  return db.resourceFile.create({ data: { id: randomUUID(), resourceId, objectKey, originalName: "t", size: BigInt(data.length), mediaType, sha256: randomBytes(32).toString("hex") } });
}

async function storedThumbnail(fileId: string) {
  const row = await db.resourceFile.findUniqueOrThrow({ where: { id: fileId } });
  if (!row.thumbnailHash) return { row, image: null };
  const chunks: Buffer[] = [];
  for await (const chunk of await getObjectStore().get(thumbnailKey(fileId))) chunks.push(chunk as Buffer);
  const data = Buffer.concat(chunks);
  return { row, image: { data, meta: await sharp(data).metadata() } };
}

// Thumbnails drawn by the worker: small WebP pictures, stored beside the files.
describe("thumbnails", () => {
  it("draws a PDF's first page and a large photo as small WebP pictures, turned as the camera held it", async () => {
    const institution = await createSearchInstitution(db);
    const [id] = await publishFixtures(db, institution, [{ title: { en: "Pictures" }, languages: ["en"] }]);
    const pdf = await storeFile(id!, Buffer.from(makePdf([Array.from({ length: 30 }, (_, i) => `Line ${i + 1} of the first page of a thumbnail test`).join("\n"), "Page two"])), "application/pdf");
    // 2000×1000 stored sideways (EXIF orientation 6: shown turned a quarter, 1000 wide, 2000 high).
    const photo = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: "#3366cc" } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const jpeg = await storeFile(id!, photo, "image/jpeg");
    await processFile(pdf.id);
    await processFile(jpeg.id);

    const page = await storedThumbnail(pdf.id);
    expect(page.image?.meta).toMatchObject({ format: "webp", width: 320 });
    expect(page.row).toMatchObject({ processingStatus: "DONE", thumbnailWidth: 320, thumbnailHeight: page.image!.meta.height });
    expect(page.row.thumbnailHash).toMatch(/^[0-9a-f]{16}$/);
    // A page of text: mostly white, some dark pixels where the words are.
    const { data } = await sharp(page.image!.data).greyscale().raw().toBuffer({ resolveWithObject: true });
    const dark = data.filter((v) => v < 200).length / data.length;
    expect(dark).toBeGreaterThan(0.001);
    expect(dark).toBeLessThan(0.2);

    const picture = await storedThumbnail(jpeg.id);
    expect(picture.image?.meta).toMatchObject({ format: "webp" });
    expect([picture.image!.meta.width, picture.image!.meta.height]).toEqual([240, 480]); // within 320×480, upright
    expect(picture.image!.data.length).toBeLessThan(20_000);
    expect(picture.row.processingStatus).toBe("NOT_EXTRACTABLE"); // no text in a photo, and that is fine

    // Search results show the first file's picture, sized, under its versioned address.
    const found = await searchResources({ viewer: null, params: ZSearchParams.parse({ institution: institution.slug }), preferredLanguages: [] });
    expect(found.items[0]?.thumbnail).toEqual({ url: `/api/v1/resources/${id}/files/${pdf.id}/thumbnail?v=${page.row.thumbnailHash}`, width: 320, height: page.row.thumbnailHeight });
  });

  it.skipIf(!ffmpeg)("takes a poster frame from a video with ffmpeg", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "kitab-video-"));
    try {
      const file = path.join(dir, "clip.mp4");
      const made = spawnSync("ffmpeg", ["-v", "error", "-f", "lavfi", "-i", "testsrc=duration=5:size=640x360:rate=10", "-pix_fmt", "yuv420p", file]);
      expect(made.status).toBe(0);
      const institution = await createSearchInstitution(db);
      const [id] = await publishFixtures(db, institution, [{ title: { en: "Video" }, languages: ["en"] }]);
      const video = await storeFile(id!, await readFile(file), "video/mp4");
      await processFile(video.id);
      const frame = await storedThumbnail(video.id);
      expect(frame.image?.meta).toMatchObject({ format: "webp", width: 320, height: 180 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("leaves a broken picture without a thumbnail and the file otherwise processed", async () => {
    const institution = await createSearchInstitution(db);
    const [id] = await publishFixtures(db, institution, [{ title: { en: "Broken picture" }, languages: ["en"] }]);
    const png = await sharp({ create: { width: 50, height: 50, channels: 3, background: "#000" } }).png().toBuffer();
    const broken = await storeFile(id!, png.subarray(0, 60), "image/png");
    const garbage = await storeFile(id!, Buffer.from(makePdf(["x"])).subarray(0, 100), "application/pdf");
    expect(await processFile(broken.id)).toBe("NOT_EXTRACTABLE");
    expect(await processFile(garbage.id)).toBe("NOT_EXTRACTABLE");
    for (const file of [broken, garbage]) {
      const { row } = await storedThumbnail(file.id);
      expect(row).toMatchObject({ thumbnailHash: null, thumbnailWidth: null, thumbnailHeight: null });
      expect(await getObjectStore().stat(thumbnailKey(file.id))).toBeNull();
    }
  });
});
