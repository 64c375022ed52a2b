import "server-only";
import { ZEmail, ZPassword, ZPersonName } from "@/lib/schemas/account";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { hashPassword } from "@/lib/server/auth/hash-password";
import type { TDb } from "@/lib/server/database/create-db";

// For `npm run create-admin`: makes a network admin, or promotes an existing account (its
// password then changes only when one is given).
export async function createAdmin(db: TDb, input: { email: string; name?: string; password?: string }) {
  const email = ZEmail.parse(input.email);
  const password = input.password === undefined ? undefined : ZPassword.parse(input.password);
  const passwordHash = password ? await hashPassword(password) : undefined;
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email } });
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { role: "ADMIN", active: true, emailVerifiedAt: existing.emailVerifiedAt ?? new Date(), ...(passwordHash ? { passwordHash } : {}) } })
      : await tx.user.create({
          data: { email, name: ZPersonName.parse(input.name ?? email.split("@")[0]), role: "ADMIN", passwordHash, emailVerifiedAt: new Date() },
        });
    await recordAuditEvent(tx, {
      actorId: null,
      action: existing ? "user.promote.cli" : "user.create.cli",
      entityType: "User",
      entityId: user.id,
      countryCode: null,
      before: existing ? { role: existing.role, active: existing.active } : undefined,
      after: { role: "ADMIN", active: true },
    });
    return { id: user.id, email: user.email, created: !existing };
  });
}
