import "server-only";
import network from "@/prisma/seed/network.json";
import isced from "@/prisma/seed/isced-f-2013.json";
import { ZNetwork, ZSubjectList } from "@/lib/schemas/network";
import type { TDb } from "@/lib/server/database/create-db";
import { refreshSearchDocuments } from "@/lib/server/search/refresh-search-documents";

// Adds what is missing from the network file and the ISCED-F list. Rows that exist are
// left alone, so names, domains and hosts changed in the app survive a re-seed. Subject
// names are the exception: the app cannot edit them and the file gains translations, so
// they follow the file (and resources under a renamed subject are re-indexed for search).
export async function seedReferenceData(db: TDb): Promise<{ created: number }> {
  const { countries } = ZNetwork.parse(network);
  const { subjects } = ZSubjectList.parse(isced);
  let created = 0;

  // Parents come before children in the file, so one ordered insert keeps the foreign keys valid.
  created += (
    await db.subject.createMany({
      data: subjects.map((s) => ({ code: s.code, parentCode: s.parent, names: s.names })),
      skipDuplicates: true,
    })
  ).count;
  const stored = new Map((await db.subject.findMany({ select: { code: true, names: true } })).map((s) => [s.code, s.names]));
  const renamed = subjects.filter((s) => !sameNames(stored.get(s.code), s.names));
  for (const s of renamed) await db.subject.update({ where: { code: s.code }, data: { names: s.names } });
  if (renamed.length) {
    const tagged = await db.resource.findMany({
      where: { status: "PUBLISHED", subjects: { some: { code: { in: renamed.map((s) => s.code) } } } },
      select: { id: true },
    });
    await refreshSearchDocuments(tagged.map((r) => r.id), db);
  }

  for (const country of countries) {
    await db.country.upsert({ where: { code: country.code }, create: { code: country.code, names: country.names }, update: {} });
    created += (
      await db.institution.createMany({
        data: country.institutions.map((i) => ({
          slug: i.slug,
          countryCode: country.code,
          names: i.names,
          emailDomains: i.emailDomains,
        })),
        skipDuplicates: true,
      })
    ).count;
    const library = await db.library.findUnique({ where: { countryCode: country.code } });
    if (!library) {
      const host = country.host ? await db.institution.findUnique({ where: { slug: country.host } }) : null;
      await db.library.create({
        data: { countryCode: country.code, names: country.libraryNames, hostInstitutionId: host?.id ?? null },
      });
      created += 1;
    }
  }
  return { created };
}

// jsonb keeps its own key order, so names are compared key by key.
function sameNames(stored: unknown, names: Record<string, string>): boolean {
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return false;
  const entries = Object.entries(stored as Record<string, unknown>);
  return entries.length === Object.keys(names).length && entries.every(([lang, text]) => names[lang] === text);
}
