import "server-only";
import type { TViewer } from "@/lib/authz/types";
import type { TLocale } from "@/lib/i18n/locales";
import { getDb } from "@/lib/server/database/get-db";

// A person's own interface language (null: follow the browser's Accept-Language).
export async function setUserLocale(viewer: TViewer, locale: TLocale | null): Promise<{ locale: TLocale | null }> {
  await getDb().user.update({ where: { id: viewer.id }, data: { locale } });
  return { locale };
}
