-- CreateIndex
CREATE INDEX "UsageDailyByResource_kind_day_total_resourceId_idx" ON "UsageDailyByResource"("kind", "day", "total", "resourceId");

-- CreateIndex
CREATE INDEX "UsageDailyByResource_resourceId_day_idx" ON "UsageDailyByResource"("resourceId", "day");

-- CreateIndex
CREATE INDEX "UsageMonthlyByResource_kind_month_total_resourceId_idx" ON "UsageMonthlyByResource"("kind", "month", "total", "resourceId");
