import "server-only";
import { getDb } from "@/lib/server/database/get-db";

// ISCED-F fields for pickers: the detailed fields, each with its broad field.
export async function listSubjects() {
  const subjects = await getDb().subject.findMany({ orderBy: { code: "asc" } });
  const broad = new Map(subjects.filter((s) => s.code.length === 2).map((s) => [s.code, (s.names as Record<string, string>).en ?? s.code]));
  return subjects
    .filter((s) => s.code.length === 4)
    .map((s) => ({ code: s.code, name: (s.names as Record<string, string>).en ?? s.code, group: broad.get(s.code.slice(0, 2)) ?? "" }));
}
