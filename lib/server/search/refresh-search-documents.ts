import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import { documentTerms } from "@/lib/search/document-terms";
import type { TTranslations } from "@/lib/schemas/translations";
import { getDb } from "@/lib/server/database/get-db";

type TDb = PrismaClient | Prisma.TransactionClient;
const BATCH = 500;
// A language filter for "uz" finds uz-Latn and uz-Cyrl too.
const languageKeys = (languages: string[]) => [...new Set(languages.flatMap((l) => [l, l.split("-")[0]!]))];

// Brings the search index in line with these resources: a published one gets its row
// (re)written from its current metadata and files' text, any other loses it. Called in the
// same transaction as every change that affects search (publish, edit, withdraw, import).
export async function refreshSearchDocuments(ids: string[], db: TDb = getDb()): Promise<void> {
  for (let i = 0; i < ids.length; i += BATCH) await refreshBatch(db, ids.slice(i, i + BATCH));
}

async function refreshBatch(db: TDb, ids: string[]) {
  const resources = await db.resource.findMany({
    where: { id: { in: ids } },
    include: {
      library: { select: { countryCode: true } },
      subjects: { select: { code: true, names: true } },
      files: { where: { replacedById: null, extractedText: { not: null } }, select: { extractedText: true } },
    },
  });
  const published = resources.filter((r) => r.status === "PUBLISHED" && r.publishedAt);
  const keep = new Set(published.map((r) => r.id));
  const gone = ids.filter((id) => !keep.has(id));
  if (gone.length) await db.$executeRaw`DELETE FROM "SearchDocument" WHERE "resourceId" = ANY(${gone}::uuid[])`;
  if (!published.length) return;
  const downloads = await downloadHistory(db, published.map((r) => r.id));
  const rows = published.map((r) => {
    const terms = documentTerms({
      title: r.title as TTranslations,
      description: r.description as TTranslations,
      keywords: r.keywords,
      languages: r.languages,
      subjects: r.subjects.map((s) => ({ code: s.code, names: s.names as TTranslations })),
      authors: r.authors as { name: string }[],
      fileText: r.files.map((f) => f.extractedText).join("\n"),
    });
    return { r, terms };
  });
  const col = <T,>(pick: (row: (typeof rows)[number]) => T) => rows.map(pick);
  await db.$executeRaw`
    INSERT INTO "SearchDocument" ("resourceId", "countryCode", "institutionId", "visibility", "languages", "languageKeys", "subjects", "type", "level", "license", "year", "publishedAt", "downloadCount", "headVector", "vector")
    SELECT id, country, institution, visibility::"Visibility", string_to_array(languages, ' '), string_to_array(language_keys, ' '), string_to_array(subjects, ' '), type::"LearningResourceType", level::"EducationalLevel", license, year, published, downloads,
      setweight(to_tsvector('simple', a), 'A') || setweight(to_tsvector('simple', b), 'B'),
      setweight(to_tsvector('simple', c), 'C') || setweight(to_tsvector('simple', d), 'D')
    FROM unnest(
      ${col((x) => x.r.id)}::uuid[], ${col((x) => x.r.library.countryCode)}::text[], ${col((x) => x.r.institutionId)}::uuid[], ${col((x) => x.r.visibility)}::text[],
      ${col((x) => x.r.languages.join(" "))}::text[], ${col((x) => languageKeys(x.r.languages).join(" "))}::text[], ${col((x) => x.r.subjects.map((s) => s.code).join(" "))}::text[],
      ${col((x) => x.r.learningResourceType)}::text[], ${col((x) => x.r.educationalLevel)}::text[], ${col((x) => x.r.license)}::text[], ${col((x) => x.r.year)}::int[],
      ${col((x) => x.r.publishedAt)}::timestamp[], ${col((x) => downloads.get(x.r.id) ?? 0)}::int[],
      ${col((x) => x.terms.A)}::text[], ${col((x) => x.terms.B)}::text[], ${col((x) => x.terms.C)}::text[], ${col((x) => x.terms.D)}::text[]
    ) AS t(id, country, institution, visibility, languages, language_keys, subjects, type, level, license, year, published, downloads, a, b, c, d)
    ON CONFLICT ("resourceId") DO UPDATE SET
      "countryCode" = EXCLUDED."countryCode", "institutionId" = EXCLUDED."institutionId", "visibility" = EXCLUDED."visibility",
      "languages" = EXCLUDED."languages", "languageKeys" = EXCLUDED."languageKeys", "subjects" = EXCLUDED."subjects", "type" = EXCLUDED."type", "level" = EXCLUDED."level",
      "license" = EXCLUDED."license", "year" = EXCLUDED."year", "publishedAt" = EXCLUDED."publishedAt",
      "headVector" = EXCLUDED."headVector", "vector" = EXCLUDED."vector"`;
  const display = new Map<string, string>();
  for (const { terms } of rows) for (const [term, word] of terms.display) if (!display.has(term)) display.set(term, word);
  await recordTerms(db, display);
}

// Downloads so far of resources that enter the index (a first publication, or a withdrawn one
// published again), from the monthly rollups, which outlive the raw events. A row already there
// keeps its count, which each counted download increments.
async function downloadHistory(db: TDb, ids: string[]): Promise<Map<string, number>> {
  const indexed = new Set((await db.searchDocument.findMany({ where: { resourceId: { in: ids } }, select: { resourceId: true } })).map((d) => d.resourceId));
  const fresh = ids.filter((id) => !indexed.has(id));
  if (!fresh.length) return new Map();
  const rows = await db.$queryRaw<{ resourceId: string; downloads: number }[]>`
    SELECT "resourceId"::text AS "resourceId", sum("total")::int AS downloads FROM "UsageMonthlyByResource"
    WHERE "kind" = 'DOWNLOAD' AND "resourceId" = ANY(${fresh}::uuid[]) GROUP BY "resourceId"`;
  return new Map(rows.map((r) => [r.resourceId, r.downloads]));
}

// The lexicon for "did you mean": new terms with a readable word, and how many documents
// brought them (an approximate popularity: re-indexing a document counts it again).
async function recordTerms(db: TDb, display: Map<string, string>) {
  const terms = [...display.keys()].filter((t) => t.length <= 60).sort(); // one order for all writers: no deadlocks
  if (!terms.length) return;
  await db.$executeRaw`
    INSERT INTO "SearchTerm" ("term", "display", "documentCount")
    SELECT term, display, 1 FROM unnest(${terms}::text[], ${terms.map((t) => display.get(t)!)}::text[]) AS t(term, display)
    ON CONFLICT ("term") DO UPDATE SET "documentCount" = "SearchTerm"."documentCount" + 1`;
}
