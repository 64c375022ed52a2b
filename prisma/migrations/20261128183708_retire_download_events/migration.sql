-- Downloads are recorded as UsageEvent rows now. The old events move there first (kind
-- DOWNLOAD, the resource's library, the stored daily visitor hash or, for signed-in people, a
-- key derived from their id), so no history is lost; the rollup job then picks up their days.
INSERT INTO "UsageEvent" ("kind", "resourceId", "fileId", "libraryCountry", "institutionId", "countryCode", "visitorKey", "occurredAt")
SELECT 'DOWNLOAD', d."resourceId", d."fileId", l."countryCode", d."institutionId", d."countryCode",
       left(coalesce(d."visitorHash", md5(d."userId"::text), md5('download:' || d."id"::text)), 32), d."createdAt"
FROM "DownloadEvent" d
JOIN "Resource" r ON r."id" = d."resourceId"
JOIN "Library" l ON l."id" = r."libraryId"
ORDER BY d."createdAt", d."id";

-- DropForeignKey
ALTER TABLE "DownloadEvent" DROP CONSTRAINT "DownloadEvent_fileId_fkey";

-- DropForeignKey
ALTER TABLE "DownloadEvent" DROP CONSTRAINT "DownloadEvent_resourceId_fkey";

-- DropForeignKey
ALTER TABLE "DownloadEvent" DROP CONSTRAINT "DownloadEvent_userId_fkey";

-- DropTable
DROP TABLE "DownloadEvent";
