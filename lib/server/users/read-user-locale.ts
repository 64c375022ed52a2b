import "server-only";
import { isLocale, type TLocale } from "@/lib/i18n/locales";
import { getDb } from "@/lib/server/database/get-db";

// The interface language a person chose, or null when they follow their browser (or chose a
// language this version no longer offers).
export async function readUserLocale(userId: string): Promise<TLocale | null> {
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { locale: true } });
  return isLocale(user?.locale) ? user.locale : null;
}
