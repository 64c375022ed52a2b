-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- AlterTable
ALTER TABLE "SearchDocument" ADD COLUMN     "languageKeys" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "SearchDocument_institutionId_idx" ON "SearchDocument"("institutionId");

-- CreateIndex
CREATE INDEX "SearchDocument_type_idx" ON "SearchDocument"("type");

-- CreateIndex
CREATE INDEX "SearchDocument_downloadCount_publishedAt_idx" ON "SearchDocument"("downloadCount" DESC, "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "SearchDocument_languageKeys_idx" ON "SearchDocument" USING GIN ("languageKeys");

-- CreateIndex
CREATE INDEX "SearchDocument_subjects_idx" ON "SearchDocument" USING GIN ("subjects");

-- Existing rows: each language and its base language.
UPDATE "SearchDocument" SET "languageKeys" = COALESCE((SELECT array_agg(DISTINCT k) FROM unnest("languages") l, LATERAL (VALUES (l), (split_part(l, '-', 1))) v(k)), ARRAY[]::TEXT[]);
