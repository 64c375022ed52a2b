import "server-only";
import { getDb } from "@/lib/server/database/get-db";
import { normalizeEmail } from "@/lib/text/normalize-email";
import { stripControlCharacters } from "@/lib/text/strip-control-characters";
import { findMemberInstitution } from "./find-member-institution";

export type TOidcOutcome = { ok: true; userId: string } | { ok: false; reason: "OidcEmailNotVerified" | "AccountDisabled" | "NotAMember" };

// An identity provider vouched for this e-mail address, and said so explicitly
// (email_verified true: accounts are matched by address, so an unverified one could take
// over someone else's). An existing active account signs in; an unknown address of a
// partner institution's domain becomes a STUDENT there; anyone else is refused.
export async function signInWithOidc(profile: { email?: unknown; emailVerified?: unknown; name?: unknown }): Promise<TOidcOutcome> {
  const email = typeof profile.email === "string" ? normalizeEmail(profile.email) : "";
  const verified = profile.emailVerified === true || profile.emailVerified === "true";
  if (!email || !verified) return { ok: false, reason: "OidcEmailNotVerified" };
  const name = typeof profile.name === "string" ? stripControlCharacters(profile.name).trim().slice(0, 120) : "";
  const db = getDb();
  const existing = await db.user.findUnique({ where: { email } });
  if (existing) {
    if (!existing.active) return { ok: false, reason: "AccountDisabled" };
    await db.user.update({
      where: { id: existing.id },
      data: { lastSignInAt: new Date(), emailVerifiedAt: existing.emailVerifiedAt ?? new Date() },
    });
    return { ok: true, userId: existing.id };
  }
  const institution = await findMemberInstitution(email);
  if (!institution) return { ok: false, reason: "NotAMember" };
  const user = await db.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: {
        email,
        name: name || email.split("@")[0]!,
        role: "STUDENT",
        institutionId: institution.id,
        emailVerifiedAt: new Date(),
        lastSignInAt: new Date(),
      },
    });
    await tx.auditEvent.create({
      data: {
        actorId: created.id,
        action: "user.register.oidc",
        entityType: "User",
        entityId: created.id,
        countryCode: institution.countryCode,
        after: { email, role: "STUDENT", institution: institution.slug },
      },
    });
    return created;
  });
  return { ok: true, userId: user.id };
}
