import "server-only";
import network from "@/prisma/seed/network.json";
import isced from "@/prisma/seed/isced-f-2013.json";
import { ZNetwork, ZSubjectList } from "@/lib/schemas/network";
import type { TDb } from "@/lib/server/database/create-db";

// Adds what is missing from the network file and the ISCED-F list. Rows that exist are
// left alone, so names, domains and hosts changed in the app survive a re-seed.
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
