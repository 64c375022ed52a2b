import { randomBytes } from "node:crypto";
import type { TDb } from "@/lib/server/database/create-db";
import type { TResourceStatus, TRole, TViewer } from "@/lib/authz/types";

const unique = () => randomBytes(5).toString("hex");

// A user in a country's host institution (or none for an admin), as a viewer.
export async function createTestUser(db: TDb, options: { role: TRole; country?: string | null; active?: boolean; verified?: boolean; passwordHash?: string }): Promise<TViewer> {
  const country = options.country === undefined ? (options.role === "ADMIN" ? null : "UZ") : options.country;
  const institution = country ? await db.institution.findFirstOrThrow({ where: { countryCode: country }, orderBy: { slug: "asc" } }) : null;
  const user = await db.user.create({
    data: {
      email: `${options.role.toLowerCase()}-${unique()}@test.kitab.example`,
      name: `Test ${options.role.toLowerCase()}`,
      role: options.role,
      institutionId: institution?.id ?? null,
      active: options.active ?? true,
      emailVerifiedAt: options.verified === false ? null : new Date(),
      passwordHash: options.passwordHash,
    },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role, institutionId: user.institutionId, countryCode: country };
}

export async function createTestResource(
  db: TDb,
  options: { country: string; status?: TResourceStatus; uploaderId?: string | null; visibility?: "PUBLIC" | "NETWORK"; title?: string },
) {
  const library = await db.library.findUniqueOrThrow({ where: { countryCode: options.country } });
  const institution = await db.institution.findFirstOrThrow({ where: { countryCode: options.country } });
  return db.resource.create({
    data: {
      libraryId: library.id,
      institutionId: institution.id,
      uploaderId: options.uploaderId ?? null,
      status: options.status ?? "DRAFT",
      visibility: options.visibility ?? "PUBLIC",
      title: { en: options.title ?? `Test resource ${unique()}` },
    },
  });
}
