import "server-only";
import { can } from "@/lib/authz/can";
import type { TViewer } from "@/lib/authz/types";
import { AppError, notFound } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { getDb } from "@/lib/server/database/get-db";

// Network admins designate the institution that runs a country's library (or none).
export async function setLibraryHost(viewer: TViewer, input: { countryCode: string; institution: string }) {
  if (!can(viewer, { action: "library.manage" })) throw notFound("library");
  return getDb().$transaction(async (tx) => {
    const library = await tx.library.findUnique({ where: { countryCode: input.countryCode }, include: { hostInstitution: true } });
    if (!library) throw notFound("library");
    const host = input.institution ? await tx.institution.findUnique({ where: { slug: input.institution } }) : null;
    if (input.institution && (!host || host.countryCode !== library.countryCode)) {
      throw new AppError("VALIDATION", "The host must be an institution of the library's own country.");
    }
    const updated = await tx.library.update({ where: { id: library.id }, data: { hostInstitutionId: host?.id ?? null } });
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: "library.host.change",
      entityType: "Library",
      entityId: library.id,
      countryCode: library.countryCode,
      before: { host: library.hostInstitution?.slug ?? null },
      after: { host: host?.slug ?? null },
    });
    return updated;
  });
}
