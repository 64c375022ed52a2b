import "server-only";
import { cookies } from "next/headers";
import type { TLocale } from "@/lib/i18n/locales";

// The cookie lib/i18n/routing.ts gives next-intl: the proxy reads it for addresses without a
// language, after the address itself and before Accept-Language.
const COOKIE = "NEXT_LOCALE";
const YEAR = 60 * 60 * 24 * 365;

// Null removes it, so the browser's languages decide again. Works where Next lets cookies be
// set: server actions and route handlers (next-auth's included).
export async function writeLocaleCookie(locale: TLocale | null): Promise<void> {
  const store = await cookies();
  if (locale) store.set(COOKIE, locale, { maxAge: YEAR, sameSite: "lax", path: "/" });
  else store.delete({ name: COOKIE, path: "/" });
}
