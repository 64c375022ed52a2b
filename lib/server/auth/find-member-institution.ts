import "server-only";
import { getDb } from "@/lib/server/database/get-db";

// The partner institution an e-mail address belongs to: its domain, or a subdomain of it
// (student.tuit.uz belongs to tuit.uz).
export async function findMemberInstitution(email: string) {
  const domain = email.split("@")[1]?.toLowerCase();
  if (!domain) return null;
  const parts = domain.split(".");
  const candidates = parts.slice(0, -1).map((_, i) => parts.slice(i).join("."));
  return getDb().institution.findFirst({
    where: { emailDomains: { hasSome: candidates } },
    select: { id: true, slug: true, countryCode: true, names: true },
  });
}
