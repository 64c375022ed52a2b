-- AlterTable
ALTER TABLE "ResourceFile" ADD COLUMN     "thumbnailHash" VARCHAR(16),
ADD COLUMN     "thumbnailHeight" INTEGER,
ADD COLUMN     "thumbnailWidth" INTEGER;
