import { randomBytes } from "node:crypto";
import type { TDb } from "@/lib/server/database/create-db";
import { refreshSearchDocuments } from "@/lib/server/search/refresh-search-documents";

export type TFixture = {
  country?: string;
  title: Record<string, string>;
  description?: Record<string, string>;
  keywords?: readonly string[];
  languages: readonly string[];
  subjects?: readonly string[];
  type?: "TEXTBOOK" | "LECTURE_NOTES" | "SLIDES" | "COURSE";
  visibility?: "PUBLIC" | "NETWORK";
  year?: number;
};

// A throw-away institution of its own, so a test's searches (filtered by it) see only the
// resources the test made, whatever else the shared database holds.
export async function createSearchInstitution(db: TDb, country = "UZ") {
  const slug = `search-${randomBytes(4).toString("hex")}`;
  return db.institution.create({ data: { slug, countryCode: country, names: { en: `Search test ${slug}` } } });
}

// Published resources, indexed as the app indexes them.
export async function publishFixtures(db: TDb, institution: { id: string; countryCode: string }, fixtures: TFixture[]): Promise<string[]> {
  const library = await db.library.findUniqueOrThrow({ where: { countryCode: institution.countryCode } });
  const ids: string[] = [];
  for (const f of fixtures) {
    const resource = await db.resource.create({
      data: {
        libraryId: library.id,
        institutionId: institution.id,
        status: "PUBLISHED",
        publishedAt: new Date(Date.now() - ids.length * 60_000),
        visibility: f.visibility ?? "PUBLIC",
        title: f.title,
        description: f.description ?? {},
        keywords: [...(f.keywords ?? [])],
        languages: [...f.languages],
        learningResourceType: f.type ?? "TEXTBOOK",
        license: "https://creativecommons.org/licenses/by/4.0/",
        year: f.year ?? 2024,
        subjects: { connect: (f.subjects ?? []).map((code) => ({ code })) },
      },
    });
    ids.push(resource.id);
  }
  await refreshSearchDocuments(ids, db);
  return ids;
}
