import "server-only";
import { can } from "@/lib/authz/can";
import type { TViewer } from "@/lib/authz/types";
import { AppError } from "@/lib/errors";
import type { TInstitutionForm } from "@/lib/schemas/admin";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { getDb } from "@/lib/server/database/get-db";
import { assertDomainsFree } from "./assert-domains-free";
import { buildInstitutionNames } from "./build-institution-names";

export async function createInstitution(viewer: TViewer, input: TInstitutionForm) {
  if (!can(viewer, { action: "institution.manage", countryCode: input.countryCode })) {
    throw new AppError("FORBIDDEN", "You manage the institutions of your own country only.");
  }
  const db = getDb();
  return db.$transaction(async (tx) => {
    if (!(await tx.country.findUnique({ where: { code: input.countryCode } }))) {
      throw new AppError("VALIDATION", "Unknown country.", { fieldErrors: { countryCode: ["Unknown country."] } });
    }
    if (await tx.institution.findUnique({ where: { slug: input.slug } })) {
      const message = `The short name "${input.slug}" is taken.`;
      throw new AppError("CONFLICT", message, { fieldErrors: { slug: [message] } });
    }
    await assertDomainsFree(tx, input.emailDomains);
    const institution = await tx.institution.create({
      data: {
        slug: input.slug,
        countryCode: input.countryCode,
        names: buildInstitutionNames(input.countryCode, input),
        emailDomains: input.emailDomains,
      },
    });
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: "institution.create",
      entityType: "Institution",
      entityId: institution.id,
      countryCode: institution.countryCode,
      after: { slug: institution.slug, names: institution.names ?? {}, emailDomains: institution.emailDomains },
    });
    return institution;
  });
}
