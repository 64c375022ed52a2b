-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateTable
CREATE TABLE "SearchDocument" (
    "resourceId" UUID NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "institutionId" UUID NOT NULL,
    "visibility" "Visibility" NOT NULL,
    "languages" TEXT[],
    "subjects" TEXT[],
    "type" "LearningResourceType",
    "level" "EducationalLevel",
    "license" TEXT,
    "year" INTEGER,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "downloadCount" INTEGER NOT NULL DEFAULT 0,
    "headVector" tsvector NOT NULL,
    "vector" tsvector NOT NULL,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("resourceId")
);

-- CreateTable
CREATE TABLE "SearchTerm" (
    "term" TEXT NOT NULL,
    "display" TEXT NOT NULL,
    "documentCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("term")
);

-- CreateTable
CREATE TABLE "SearchLog" (
    "id" UUID NOT NULL,
    "query" VARCHAR(500) NOT NULL,
    "resultCount" INTEGER NOT NULL,
    "countryCode" CHAR(2),
    "institutionId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchDocument_headVector_idx" ON "SearchDocument" USING GIN ("headVector");

-- CreateIndex
CREATE INDEX "SearchDocument_vector_idx" ON "SearchDocument" USING GIN ("vector");

-- CreateIndex
CREATE INDEX "SearchDocument_publishedAt_idx" ON "SearchDocument"("publishedAt");

-- CreateIndex
CREATE INDEX "SearchDocument_countryCode_idx" ON "SearchDocument"("countryCode");

-- CreateIndex
CREATE INDEX "SearchTerm_term_idx" ON "SearchTerm" USING GIST ("term" gist_trgm_ops);

-- CreateIndex
CREATE INDEX "SearchLog_createdAt_idx" ON "SearchLog"("createdAt");

-- CreateIndex
CREATE INDEX "SearchLog_resultCount_createdAt_idx" ON "SearchLog"("resultCount", "createdAt");

-- AddForeignKey
ALTER TABLE "SearchDocument" ADD CONSTRAINT "SearchDocument_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;
