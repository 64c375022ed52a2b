-- CreateIndex
CREATE INDEX "Resource_updatedAt_id_idx" ON "Resource"("updatedAt", "id");
