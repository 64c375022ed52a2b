import "server-only";
import { can } from "@/lib/authz/can";
import type { TViewer } from "@/lib/authz/types";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { TInvitation } from "@/lib/schemas/account";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { issueUserToken } from "@/lib/server/auth/issue-user-token";
import { getDb } from "@/lib/server/database/get-db";
import { sendMail } from "@/lib/server/mail/send-mail";

export type TRowError = { row: number; message: string };

// Creates invited accounts (no password yet) and e-mails each a link to set one. All or
// nothing: if any row is wrong, none is created and every wrong row is reported.
export async function inviteUsers(viewer: TViewer, invitations: TInvitation[], rowNumbers?: number[]) {
  const db = getDb();
  const rowOf = (i: number) => rowNumbers?.[i] ?? i + 1;
  const errors: TRowError[] = [];
  const slugs = [...new Set(invitations.map((i) => i.institution))];
  const institutions = new Map(
    (await db.institution.findMany({ where: { slug: { in: slugs } } })).map((i) => [i.slug, i]),
  );
  const existing = new Set(
    (await db.user.findMany({ where: { email: { in: invitations.map((i) => i.email) } }, select: { email: true } })).map((u) => u.email),
  );
  const seen = new Set<string>();
  invitations.forEach((invitation, i) => {
    const institution = institutions.get(invitation.institution);
    const problem = !institution || !can(viewer, { action: "user.manage", countryCode: institution.countryCode })
      ? `Unknown institution "${invitation.institution}" (use a slug of your country's institutions).`
      : !can(viewer, { action: "user.assignRole", countryCode: institution.countryCode, from: "STUDENT", to: invitation.role })
        ? `You may not give the role ${invitation.role}: librarians invite students and contributors.`
        : existing.has(invitation.email)
          ? `${invitation.email} already has an account.`
          : seen.has(invitation.email)
            ? `${invitation.email} appears twice.`
            : null;
    seen.add(invitation.email);
    if (problem) errors.push({ row: rowOf(i), message: problem });
  });
  if (errors.length > 0) {
    throw new AppError("VALIDATION", errors.map((e) => `Row ${e.row}: ${e.message}`).join("\n"), {
      fieldErrors: { rows: errors.map((e) => `Row ${e.row}: ${e.message}`) },
    });
  }
  const created = await db.$transaction(
    async (tx) => {
      const out: { email: string; name: string; token: string }[] = [];
      for (const invitation of invitations) {
        const institution = institutions.get(invitation.institution)!;
        const name = invitation.name ?? invitation.email.split("@")[0]!;
        const user = await tx.user.create({
          data: { email: invitation.email, name, role: invitation.role, institutionId: institution.id },
        });
        await recordAuditEvent(tx, {
          actorId: viewer.id,
          action: "user.invite",
          entityType: "User",
          entityId: user.id,
          countryCode: institution.countryCode,
          after: { email: user.email, role: user.role, institution: institution.slug },
        });
        out.push({ email: user.email, name, token: await issueUserToken(tx, { userId: user.id, purpose: "INVITATION", ttlHours: 24 * 7 }) });
      }
      return out;
    },
    { timeout: 60_000 },
  );
  const base = getEnv().PUBLIC_URL;
  for (const invite of created) {
    await sendMail({
      to: invite.email,
      subject: "You are invited to Kitab",
      text: `Hello ${invite.name},\n\n${viewer.name} invited you to Kitab, the open educational resources library.\nChoose your password here (valid for 7 days):\n${base}/accept-invitation?token=${invite.token}\n`,
    });
  }
  return { invited: created.length };
}
