import "server-only";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import { getDb } from "@/lib/server/database/get-db";

export type TNamedInstitution = { institution: string | null; name: string };

export const ANONYMOUS = "Anonymous or unknown";

// Institutions by id as the statistics name them: short name and a name in the viewer's
// language. The rollups keep "" for viewers without one.
export async function nameInstitutions(ids: readonly string[], languages: readonly string[] = []): Promise<Map<string, TNamedInstitution>> {
  const known = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const institutions = known.length ? await getDb().institution.findMany({ where: { id: { in: known } }, select: { id: true, slug: true, names: true } }) : [];
  const named = new Map<string, TNamedInstitution>(ids.map((id) => [id, { institution: null, name: ANONYMOUS }]));
  for (const i of institutions) named.set(i.id, { institution: i.slug, name: pickTranslation(i.names as TTranslations, languages)?.text ?? i.slug });
  return named;
}
