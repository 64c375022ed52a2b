import "server-only";
import { can } from "@/lib/authz/can";
import type { TViewer } from "@/lib/authz/types";
import { AppError } from "@/lib/errors";
import type { TResourceCreate } from "@/lib/schemas/resource";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { getDb } from "@/lib/server/database/get-db";
import { assertSubjectsExist } from "./assert-subjects-exist";
import { toResourceData } from "./to-resource-data";

// A new draft in a library: contributors in their own country's (for their own institution),
// librarians in theirs (for any of its institutions), admins anywhere. A title is enough.
export async function createResource(viewer: TViewer, input: TResourceCreate): Promise<string> {
  if (!can(viewer, { action: "resource.create", countryCode: input.library })) {
    throw new AppError("FORBIDDEN", `You may not add resources to the ${input.library} library.`);
  }
  const { library: countryCode, institution: slug, subjects, ...fields } = input;
  return getDb().$transaction(async (tx) => {
    const library = await tx.library.findUnique({ where: { countryCode } });
    if (!library) throw new AppError("VALIDATION", `No library ${countryCode}.`, { fieldErrors: { library: [`No library ${countryCode}.`] } });
    const institution = slug ? await tx.institution.findUnique({ where: { slug } }) : viewer.institutionId ? await tx.institution.findUnique({ where: { id: viewer.institutionId } }) : null;
    const institutionOk = institution && institution.countryCode === countryCode && (viewer.role !== "CONTRIBUTOR" || institution.id === viewer.institutionId);
    if (!institutionOk) {
      const message = viewer.role === "CONTRIBUTOR" ? "Contributors add resources for their own institution." : `Name an institution of ${countryCode} (its short name).`;
      throw new AppError("VALIDATION", message, { fieldErrors: { institution: [message] } });
    }
    if (subjects) await assertSubjectsExist(tx, subjects);
    const resource = await tx.resource.create({
      data: {
        ...toResourceData(fields),
        title: input.title,
        libraryId: library.id,
        institutionId: institution.id,
        uploaderId: viewer.id,
        status: "DRAFT",
        ...(subjects ? { subjects: { connect: subjects.map((code) => ({ code })) } } : {}),
      },
    });
    await recordAuditEvent(tx, { actorId: viewer.id, action: "resource.create", entityType: "Resource", entityId: resource.id, countryCode, after: { title: input.title } });
    return resource.id;
  });
}
