-- CreateEnum
CREATE TYPE "UsageKind" AS ENUM ('VIEW', 'DOWNLOAD');

-- CreateTable
CREATE TABLE "UsageEvent" (
    "id" BIGSERIAL NOT NULL,
    "kind" "UsageKind" NOT NULL,
    "resourceId" UUID NOT NULL,
    "fileId" UUID,
    "libraryCountry" CHAR(2) NOT NULL,
    "institutionId" UUID,
    "countryCode" CHAR(2),
    "visitorKey" CHAR(32) NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UsageEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchDaily" (
    "day" DATE NOT NULL,
    "countryCode" VARCHAR(2) NOT NULL,
    "searches" INTEGER NOT NULL,
    "zeroResults" INTEGER NOT NULL,

    CONSTRAINT "SearchDaily_pkey" PRIMARY KEY ("day","countryCode")
);

-- CreateTable
CREATE TABLE "UsageDailyTotal" (
    "day" DATE NOT NULL,
    "kind" "UsageKind" NOT NULL,
    "libraryCountry" CHAR(2) NOT NULL,
    "total" INTEGER NOT NULL,
    "unique" INTEGER NOT NULL,

    CONSTRAINT "UsageDailyTotal_pkey" PRIMARY KEY ("day","kind","libraryCountry")
);

-- CreateTable
CREATE TABLE "UsageDailyByInstitution" (
    "day" DATE NOT NULL,
    "kind" "UsageKind" NOT NULL,
    "libraryCountry" CHAR(2) NOT NULL,
    "institutionId" VARCHAR(36) NOT NULL,
    "total" INTEGER NOT NULL,
    "unique" INTEGER NOT NULL,

    CONSTRAINT "UsageDailyByInstitution_pkey" PRIMARY KEY ("day","kind","libraryCountry","institutionId")
);

-- CreateTable
CREATE TABLE "UsageDailyByCountry" (
    "day" DATE NOT NULL,
    "kind" "UsageKind" NOT NULL,
    "libraryCountry" CHAR(2) NOT NULL,
    "countryCode" VARCHAR(2) NOT NULL,
    "total" INTEGER NOT NULL,
    "unique" INTEGER NOT NULL,

    CONSTRAINT "UsageDailyByCountry_pkey" PRIMARY KEY ("day","kind","libraryCountry","countryCode")
);

-- CreateTable
CREATE TABLE "UsageDailyByResource" (
    "day" DATE NOT NULL,
    "kind" "UsageKind" NOT NULL,
    "libraryCountry" CHAR(2) NOT NULL,
    "resourceId" UUID NOT NULL,
    "total" INTEGER NOT NULL,
    "unique" INTEGER NOT NULL,

    CONSTRAINT "UsageDailyByResource_pkey" PRIMARY KEY ("day","kind","libraryCountry","resourceId")
);

-- CreateTable
CREATE TABLE "UsageMonthlyByResource" (
    "month" DATE NOT NULL,
    "kind" "UsageKind" NOT NULL,
    "libraryCountry" CHAR(2) NOT NULL,
    "resourceId" UUID NOT NULL,
    "total" INTEGER NOT NULL,
    "unique" INTEGER NOT NULL,

    CONSTRAINT "UsageMonthlyByResource_pkey" PRIMARY KEY ("month","kind","libraryCountry","resourceId")
);

-- CreateTable
CREATE TABLE "ZeroResultTermDaily" (
    "day" DATE NOT NULL,
    "term" VARCHAR(200) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ZeroResultTermDaily_pkey" PRIMARY KEY ("day","term")
);

-- CreateTable
CREATE TABLE "RollupDay" (
    "day" DATE NOT NULL,
    "rolledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RollupDay_pkey" PRIMARY KEY ("day")
);

-- CreateIndex
CREATE INDEX "UsageEvent_occurredAt_idx" ON "UsageEvent"("occurredAt");

-- CreateIndex
CREATE INDEX "UsageDailyByResource_libraryCountry_kind_day_idx" ON "UsageDailyByResource"("libraryCountry", "kind", "day");

-- CreateIndex
CREATE INDEX "UsageMonthlyByResource_libraryCountry_kind_month_idx" ON "UsageMonthlyByResource"("libraryCountry", "kind", "month");
