import "server-only";
import { refreshSearchDocuments } from "@/lib/server/search/refresh-search-documents";
import type { Prisma } from "@prisma/client";
import { normalizeLicense } from "@/lib/catalogue/normalize-license";
import { AppError } from "@/lib/errors";
import { ZImportRecord, type TImportRecord } from "@/lib/schemas/import-record";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { TDb } from "@/lib/server/database/create-db";
import { importLocalFile } from "@/lib/server/files/import-local-file";

export type TImportNote = { line: number; message: string };
export type TImportSummary = { created: number; updated: number; unchanged: number; skipped: number; problems: TImportNote[]; warnings: TImportNote[] };

type TPrepared = { line: number; record: TImportRecord; data: Omit<Prisma.ResourceUncheckedCreateInput, "subjects">; subjectCodes: string[] };

const BATCH = 250;

// Bulk import of JSON lines into one library. Bad lines are reported with their number and
// skipped; the rest goes in, in batches of one transaction each. Records are keyed by
// source_id: a second run updates what changed and creates nothing.
export async function importRecords(options: {
  db: TDb;
  lines: AsyncIterable<string>;
  library: string;
  institution?: string;
  publish: boolean;
  filesDir?: string;
  onProgress?: (done: number) => void;
}): Promise<TImportSummary> {
  const { db } = options;
  const library = await db.library.findUnique({ where: { countryCode: options.library.toUpperCase() }, include: { hostInstitution: true } });
  if (!library) throw new AppError("VALIDATION", `No library for the country code "${options.library}" (use KZ, KG, TJ, TM or UZ).`);
  const institution = options.institution
    ? await db.institution.findUnique({ where: { slug: options.institution } })
    : library.hostInstitution;
  if (!institution) {
    throw new AppError("VALIDATION", options.institution ? `No institution "${options.institution}".` : `The ${library.countryCode} library has no host institution: name one with --institution.`);
  }
  if (institution.countryCode !== library.countryCode) throw new AppError("VALIDATION", `The institution "${institution.slug}" is not in ${library.countryCode}.`);

  const subjects = await db.subject.findMany();
  const subjectByKey = new Map<string, string>();
  for (const s of subjects) {
    subjectByKey.set(s.code, s.code);
    for (const name of Object.values(s.names as Record<string, string>)) subjectByKey.set(name.toLowerCase(), s.code);
  }

  const summary: TImportSummary = { created: 0, updated: 0, unchanged: 0, skipped: 0, problems: [], warnings: [] };
  const seen = new Set<string>();
  let batch: TPrepared[] = [];
  let lineNumber = 0;

  const prepare = (text: string, line: number): TPrepared | null => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      summary.problems.push({ line, message: `not valid JSON (${(error as Error).message})` });
      return null;
    }
    const parsed = ZImportRecord.safeParse(json);
    if (!parsed.success) {
      summary.problems.push({ line, message: parsed.error.issues.map((i) => `${i.path.join(".") || "record"}: ${i.message}`).join("; ") });
      return null;
    }
    const record = parsed.data;
    if (seen.has(record.source_id)) {
      summary.problems.push({ line, message: `source_id "${record.source_id}" appears earlier in the file` });
      return null;
    }
    seen.add(record.source_id);
    const license = normalizeLicense(record.license);
    if (!license.ok) summary.warnings.push({ line, message: `${license.reason}: imported without a licence, as a draft` });
    const subjectCodes = [...new Set((record.subjects ?? []).map((s) => subjectByKey.get(s.toLowerCase())).filter((c): c is string => !!c))].sort();
    const keywords = [...new Set((record.subjects ?? []).filter((s) => !subjectByKey.has(s.toLowerCase())))];
    const data = {
      libraryId: library.id,
      institutionId: institution.id,
      sourceId: record.source_id,
      sourceUrl: record.url ?? null,
      title: { [record.language]: record.title },
      description: record.description ? { [record.language]: record.description } : {},
      authors: (record.authors ?? []).filter(Boolean).map((name) => ({ name })),
      keywords,
      languages: [record.language],
      license: license.ok ? license.uri : null,
      year: record.year ?? null,
      status: options.publish && license.ok ? ("PUBLISHED" as const) : ("DRAFT" as const),
    };
    return { line, record, data, subjectCodes };
  };

  const fingerprintOf = (r: { libraryId: string; institutionId: string; sourceId: string | null; sourceUrl: string | null; title: unknown; description: unknown; authors: unknown; keywords: string[]; languages: string[]; license: string | null; year: number | null; status: string; subjects: { code: string }[] }) =>
    JSON.stringify({
      libraryId: r.libraryId,
      institutionId: r.institutionId,
      sourceId: r.sourceId,
      sourceUrl: r.sourceUrl,
      title: r.title,
      description: r.description,
      authors: r.authors,
      keywords: r.keywords,
      languages: r.languages,
      license: r.license,
      year: r.year,
      status: r.status,
      subjectCodes: r.subjects.map((s) => s.code).sort(),
    });

  const flush = async () => {
    if (batch.length === 0) return;
    const existing = new Map(
      (
        await db.resource.findMany({
          where: { libraryId: library.id, sourceId: { in: batch.map((b) => b.record.source_id) } },
          include: { subjects: { select: { code: true } } },
        })
      ).map((r) => [r.sourceId!, r]),
    );
    const now = new Date();
    const withFiles: { line: number; id: string; files: string[] }[] = [];
    const saved: string[] = [];
    await db.$transaction(
      async (tx) => {
        for (const item of batch) {
          const current = existing.get(item.record.source_id);
          // A published record stays published on a run without --publish.
          const status = current?.status === "PUBLISHED" && item.data.status === "DRAFT" && item.data.license ? "PUBLISHED" : item.data.status;
          const data = { ...item.data, status };
          if (current && fingerprintOf(current) === JSON.stringify({ ...data, subjectCodes: item.subjectCodes })) {
            summary.unchanged += 1;
            if (item.record.files?.length) withFiles.push({ line: item.line, id: current.id, files: item.record.files });
            continue;
          }
          const dates = status === "PUBLISHED" ? { publishedAt: current?.publishedAt ?? now, submittedAt: current?.submittedAt ?? now } : {};
          const subjectsLink = item.subjectCodes.map((code) => ({ code }));
          const written = current
            ? await tx.resource.update({ where: { id: current.id }, data: { ...data, ...dates, subjects: { set: subjectsLink }, version: { increment: 1 } } })
            : await tx.resource.create({ data: { ...data, ...dates, subjects: { connect: subjectsLink } } });
          saved.push(written.id);
          if (current) summary.updated += 1;
          else summary.created += 1;
          if (item.record.files?.length) withFiles.push({ line: item.line, id: written.id, files: item.record.files });
        }
        await refreshSearchDocuments(saved, tx);
      },
      { timeout: 120_000 },
    );
    for (const entry of withFiles) {
      for (const relative of entry.files) {
        if (!options.filesDir) {
          summary.warnings.push({ line: entry.line, message: `${relative}: not attached (no --files folder given)` });
          continue;
        }
        await importLocalFile(db, { resourceId: entry.id, root: options.filesDir, relative }).catch((error: unknown) =>
          summary.warnings.push({ line: entry.line, message: error instanceof AppError ? error.message : `${relative}: ${String(error)}` }),
        );
      }
    }
    batch = [];
  };

  for await (const text of options.lines) {
    lineNumber += 1;
    if (text.trim() === "") continue;
    const prepared = prepare(text, lineNumber);
    if (prepared) batch.push(prepared);
    if (batch.length >= BATCH) await flush();
    options.onProgress?.(lineNumber);
  }
  await flush();
  options.onProgress?.(lineNumber);
  summary.skipped = summary.problems.length;
  await db.$transaction((tx) =>
    recordAuditEvent(tx, {
      actorId: null,
      action: "catalogue.import",
      entityType: "Library",
      entityId: library.id,
      countryCode: library.countryCode,
      after: { created: summary.created, updated: summary.updated, unchanged: summary.unchanged, skipped: summary.skipped, institution: institution.slug },
    }),
  );
  return summary;
}
