import "server-only";
import { refreshSearchDocuments } from "@/lib/server/search/refresh-search-documents";
import type { Prisma } from "@prisma/client";
import { resourceWhere } from "@/lib/authz/resource-where";
import type { TViewer } from "@/lib/authz/types";
import { AppError, notFound } from "@/lib/errors";
import { ZUuid } from "@/lib/schemas/account";
import type { TResourcePatch } from "@/lib/schemas/resource";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { getDb } from "@/lib/server/database/get-db";
import { assertSubjectsExist } from "./assert-subjects-exist";
import { toResourceData } from "./to-resource-data";

// Saves an edit made on a given version; if someone saved in between, nothing is written
// and the second saver is told (409). A contributor's edit to a published resource is
// out of reach (can()); their edit to a submitted one keeps it waiting for review.
export async function updateResource(viewer: TViewer, id: string, patch: TResourcePatch) {
  if (!ZUuid.safeParse(id).success) throw notFound();
  const { version, subjects, ...fields } = patch;
  return getDb().$transaction(async (tx) => {
    const current = await tx.resource.findFirst({ where: { AND: [{ id }, resourceWhere(viewer, "update")] }, include: { library: true } });
    if (!current) throw notFound();
    if (current.version !== version) throw new AppError("CONFLICT", `Someone saved this resource after you opened it (now version ${current.version}). Reload it and make your change again.`);
    if (subjects) await assertSubjectsExist(tx, subjects);
    const data = toResourceData(fields);
    const updated = await tx.resource.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (updated.count !== 1) throw new AppError("CONFLICT", "Someone saved this resource at the same moment. Reload it and make your change again.");
    if (subjects) await tx.resource.update({ where: { id }, data: { subjects: { set: subjects.map((code) => ({ code })) } } });
    if (current.status === "PUBLISHED") await refreshSearchDocuments([id], tx);
    const before = Object.fromEntries(Object.keys(data).map((k) => [k, (current as Record<string, unknown>)[k] ?? null])) as Prisma.InputJsonObject;
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: "resource.update",
      entityType: "Resource",
      entityId: id,
      countryCode: current.library.countryCode,
      before: { ...before, version },
      after: { ...(data as Prisma.InputJsonObject), ...(subjects ? { subjects } : {}), version: version + 1 },
    });
    return version + 1;
  });
}
