import "server-only";
import { z } from "zod";
import demo from "@/prisma/seed/demo.json";
import { ZRole } from "@/lib/schemas/account";
import { LEVELS, TYPES } from "@/lib/schemas/resource";
import { ZTranslations } from "@/lib/schemas/translations";
import { hashPassword } from "@/lib/server/auth/hash-password";
import type { TDb } from "@/lib/server/database/create-db";

const ZDemo = z.object({
  users: z.array(
    z.object({
      email: z.string(),
      name: z.string(),
      role: ZRole,
      country: z.string().optional(),
    }),
  ),
  resources: z.array(
    z.object({
      sourceId: z.string(),
      country: z.string(),
      institution: z.string(),
      uploader: z.string(),
      title: ZTranslations,
      description: ZTranslations,
      authors: z.array(z.object({ name: z.string() })),
      subjects: z.array(z.string()),
      keywords: z.array(z.string()),
      languages: z.array(z.string()),
      level: z.enum(Object.keys(LEVELS) as [keyof typeof LEVELS]).transform((l) => LEVELS[l]),
      type: z.enum(Object.keys(TYPES) as [keyof typeof TYPES]).transform((t) => TYPES[t]),
      license: z.string(),
      year: z.number().int(),
    }),
  ),
});

// Demo accounts (each in its country's host institution) and a few published resources.
// Existing rows are left as they are.
export async function seedDemoData(db: TDb, password: string): Promise<{ created: number }> {
  const { users, resources } = ZDemo.parse(demo);
  const passwordHash = await hashPassword(password);
  const libraries = await db.library.findMany();
  const hostOf = new Map(libraries.map((l) => [l.countryCode, l.hostInstitutionId]));
  let created = 0;
  for (const user of users) {
    if (await db.user.findUnique({ where: { email: user.email } })) continue;
    await db.user.create({
      data: {
        email: user.email,
        name: user.name,
        role: user.role,
        passwordHash,
        isDemo: true,
        emailVerifiedAt: new Date(),
        institutionId: user.country ? (hostOf.get(user.country) ?? null) : null,
      },
    });
    created += 1;
  }
  for (const r of resources) {
    const library = libraries.find((l) => l.countryCode === r.country);
    const institution = await db.institution.findUnique({ where: { slug: r.institution } });
    if (!library || !institution) continue;
    const existing = await db.resource.findUnique({ where: { libraryId_sourceId: { libraryId: library.id, sourceId: r.sourceId } } });
    if (existing) continue;
    const uploader = await db.user.findUnique({ where: { email: r.uploader } });
    const now = new Date();
    await db.resource.create({
      data: {
        libraryId: library.id,
        institutionId: institution.id,
        uploaderId: uploader?.id ?? null,
        status: "PUBLISHED",
        title: r.title,
        description: r.description,
        authors: r.authors,
        subjects: { connect: r.subjects.map((code) => ({ code })) },
        keywords: r.keywords,
        languages: r.languages,
        educationalLevel: r.level,
        learningResourceType: r.type,
        license: r.license,
        year: r.year,
        sourceId: r.sourceId,
        isDemo: true,
        submittedAt: now,
        publishedAt: now,
      },
    });
    created += 1;
  }
  return { created };
}
