import "server-only";
import type { Prisma } from "@prisma/client";
import { manageableCountryWhere } from "@/lib/authz/user-where";
import type { TViewer } from "@/lib/authz/types";
import { notFound } from "@/lib/errors";
import type { TInstitutionUpdate } from "@/lib/schemas/admin";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { getDb } from "@/lib/server/database/get-db";
import { assertDomainsFree } from "./assert-domains-free";
import { buildInstitutionNames } from "./build-institution-names";

// Rename an institution or change its e-mail domains (its country and slug stay).
export async function updateInstitution(viewer: TViewer, input: TInstitutionUpdate) {
  return getDb().$transaction(async (tx) => {
    const institution = await tx.institution.findFirst({ where: { id: input.id, ...manageableCountryWhere(viewer) } });
    if (!institution) throw notFound("institution");
    await assertDomainsFree(tx, input.emailDomains, institution.id);
    const names = { ...(institution.names as Record<string, string>), ...buildInstitutionNames(institution.countryCode, input) };
    if (!input.nameRu) delete names.ru;
    const updated = await tx.institution.update({
      where: { id: institution.id },
      data: { names, emailDomains: input.emailDomains },
    });
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: "institution.update",
      entityType: "Institution",
      entityId: institution.id,
      countryCode: institution.countryCode,
      before: { names: institution.names as Prisma.InputJsonValue, emailDomains: institution.emailDomains },
      after: { names: updated.names as Prisma.InputJsonValue, emailDomains: updated.emailDomains },
    });
    return updated;
  });
}
