import "server-only";
import type { Prisma } from "@prisma/client";
import { AppError } from "@/lib/errors";

// An e-mail domain decides a registrant's institution, so it may belong to one only.
export async function assertDomainsFree(tx: Prisma.TransactionClient, domains: string[], exceptInstitutionId?: string) {
  if (domains.length === 0) return;
  const taken = await tx.institution.findFirst({
    where: { emailDomains: { hasSome: domains }, ...(exceptInstitutionId ? { NOT: { id: exceptInstitutionId } } : {}) },
    select: { slug: true, emailDomains: true },
  });
  if (taken) {
    const domain = domains.find((d) => taken.emailDomains.includes(d));
    const message = `The domain ${domain} already belongs to the institution "${taken.slug}".`;
    throw new AppError("CONFLICT", message, { fieldErrors: { emailDomains: [message] } });
  }
}
