import "server-only";
import { manageableUserWhere } from "@/lib/authz/user-where";
import type { TViewer } from "@/lib/authz/types";
import { AppError, notFound } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { getDb } from "@/lib/server/database/get-db";

// Deactivated users are signed out at their next request and cannot sign in again.
export async function setUserActive(viewer: TViewer, input: { userId: string; active: boolean }) {
  return getDb().$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { AND: [{ id: input.userId }, manageableUserWhere(viewer)] },
      include: { institution: { select: { countryCode: true } } },
    });
    if (!user) throw notFound("user");
    if (user.id === viewer.id) throw new AppError("FORBIDDEN", "You cannot deactivate your own account.");
    if (viewer.role !== "ADMIN" && ["LIBRARIAN", "ADMIN"].includes(user.role)) {
      throw new AppError("FORBIDDEN", "Only network admins deactivate librarians and admins.");
    }
    if (user.active === input.active) return user;
    const updated = await tx.user.update({ where: { id: user.id }, data: { active: input.active } });
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: input.active ? "user.activate" : "user.deactivate",
      entityType: "User",
      entityId: user.id,
      countryCode: user.institution?.countryCode ?? null,
      before: { active: user.active },
      after: { active: input.active },
    });
    return updated;
  });
}
