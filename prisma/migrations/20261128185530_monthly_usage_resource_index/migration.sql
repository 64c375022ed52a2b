-- CreateIndex
CREATE INDEX "UsageMonthlyByResource_resourceId_idx" ON "UsageMonthlyByResource"("resourceId");
