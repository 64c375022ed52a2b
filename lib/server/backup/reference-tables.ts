// Tables a fresh instance fills by itself (lib/server/seed/seed-reference-data.ts): a database
// with rows only in these counts as empty for a restore, which replaces them.
export const REFERENCE_TABLES = ["Country", "Library", "Institution", "Subject", "SearchTerm", "_prisma_migrations"];
