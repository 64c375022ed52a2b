import "server-only";
import { can } from "@/lib/authz/can";
import { manageableUserWhere } from "@/lib/authz/user-where";
import type { TViewer } from "@/lib/authz/types";
import { AppError, notFound } from "@/lib/errors";
import type { TUserAccessUpdate } from "@/lib/schemas/admin";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { getDb } from "@/lib/server/database/get-db";

// A librarian or admin changes someone's role and institution. The change is read on the
// user's next request (get-viewer.ts), not at token expiry.
export async function updateUserAccess(viewer: TViewer, input: TUserAccessUpdate) {
  const db = getDb();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { AND: [{ id: input.userId }, manageableUserWhere(viewer)] },
      include: { institution: { select: { slug: true, countryCode: true } } },
    });
    if (!user) throw notFound("user");
    const institution = input.institution ? await tx.institution.findUnique({ where: { slug: input.institution } }) : null;
    if (input.institution && !institution) throw new AppError("VALIDATION", `No institution "${input.institution}".`);
    if (!institution && input.role !== "ADMIN") throw new AppError("VALIDATION", "Only network admins may be without an institution.");
    const fromCountry = user.institution?.countryCode ?? null;
    const toCountry = institution?.countryCode ?? null;
    const allowed =
      can(viewer, { action: "user.assignRole", countryCode: fromCountry, from: user.role, to: input.role }) &&
      can(viewer, { action: "user.manage", countryCode: toCountry });
    if (!allowed) {
      throw new AppError("FORBIDDEN", "Librarians manage students and contributors of their own country; network admins appoint librarians and admins.");
    }
    if (user.id === viewer.id && input.role !== user.role) throw new AppError("FORBIDDEN", "You cannot change your own role.");
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { role: input.role, institutionId: institution?.id ?? null },
    });
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: "user.access.update",
      entityType: "User",
      entityId: user.id,
      countryCode: toCountry ?? fromCountry,
      before: { role: user.role, institution: user.institution?.slug ?? null },
      after: { role: updated.role, institution: institution?.slug ?? null },
    });
    return updated;
  });
}
