import "server-only";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import { getDb } from "@/lib/server/database/get-db";

export type TSubjectOption = { code: string; name: string; lang: string; group: string; groupName: string; groupLang: string };

// ISCED-F detailed fields for the resource form's picker, each named (with the language the
// name is in) in the first of the viewer's languages the database has, under its broad field.
export async function listSubjectOptions(languages: readonly string[]): Promise<TSubjectOption[]> {
  const subjects = await getDb().subject.findMany({ orderBy: { code: "asc" } });
  const named = (code: string, names: unknown) => pickTranslation(names as TTranslations, languages) ?? { text: code, lang: "" };
  const broad = new Map(subjects.filter((s) => s.code.length === 2).map((s) => [s.code, named(s.code, s.names)]));
  return subjects
    .filter((s) => s.code.length === 4)
    .map((s) => {
      const { text, lang } = named(s.code, s.names);
      const group = broad.get(s.code.slice(0, 2));
      return { code: s.code, name: text, lang, group: s.code.slice(0, 2), groupName: group?.text ?? "", groupLang: group?.lang ?? "" };
    });
}
