import "server-only";
import { getDb } from "@/lib/server/database/get-db";
import { findMemberInstitution } from "./find-member-institution";

// An identity provider vouched for this e-mail address. An existing active account signs in
// (and counts as verified); an unknown address from a partner institution's domain becomes
// a STUDENT there; anyone else is refused (null).
export async function signInWithOidc(profile: { email?: string | null; emailVerified?: boolean; name?: string | null }) {
  const email = profile.email?.trim().toLowerCase();
  if (!email || profile.emailVerified === false) return null;
  const db = getDb();
  const existing = await db.user.findUnique({ where: { email } });
  if (existing) {
    if (!existing.active) return null;
    await db.user.update({
      where: { id: existing.id },
      data: { lastSignInAt: new Date(), emailVerifiedAt: existing.emailVerifiedAt ?? new Date() },
    });
    return existing.id;
  }
  const institution = await findMemberInstitution(email);
  if (!institution) return null;
  const user = await db.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: {
        email,
        name: profile.name?.trim().slice(0, 120) || email.split("@")[0]!,
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
  return user.id;
}
