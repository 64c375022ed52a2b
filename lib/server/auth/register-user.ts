import "server-only";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, type TLocale } from "@/lib/i18n/locales";
import type { TRegistration } from "@/lib/schemas/account";
import { getDb } from "@/lib/server/database/get-db";
import { sendMail } from "@/lib/server/mail/send-mail";
import { composeVerificationMail } from "./compose-verification-mail";
import { findMemberInstitution } from "./find-member-institution";
import { hashPassword } from "./hash-password";
import { issueUserToken } from "./issue-user-token";

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === "P2002";

// Self-registration: only addresses of a partner institution's domain, who become its
// STUDENTs. The account can sign in once the e-mailed link has been followed. The mail is in
// the language of the page they registered on.
export async function registerUser(input: TRegistration, locale: TLocale = DEFAULT_LOCALE): Promise<{ email: string; institution: string }> {
  const institution = await findMemberInstitution(input.email);
  if (!institution) {
    const message = "This email domain does not belong to a partner institution. Use your university email address.";
    throw new AppError("VALIDATION", message, { fieldErrors: { email: [message] } });
  }
  const passwordHash = await hashPassword(input.password);
  const db = getDb();
  let token: string;
  try {
    token = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash, role: "STUDENT", institutionId: institution.id },
      });
      await tx.auditEvent.create({
        data: {
          actorId: user.id,
          action: "user.register",
          entityType: "User",
          entityId: user.id,
          countryCode: institution.countryCode,
          after: { email: user.email, role: "STUDENT", institution: institution.slug },
        },
      });
      return issueUserToken(tx, { userId: user.id, purpose: "VERIFY_EMAIL", ttlHours: 48 });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const message = "An account with this email already exists. Sign in instead.";
    throw new AppError("CONFLICT", message, { fieldErrors: { email: [message] } });
  }
  await sendMail({ to: input.email, ...(await composeVerificationMail({ locale, name: input.name, token })) });
  return { email: input.email, institution: institution.slug };
}
