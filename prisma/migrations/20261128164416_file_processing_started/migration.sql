-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- AlterTable
ALTER TABLE "ResourceFile" ADD COLUMN     "processingStartedAt" TIMESTAMP(3);
