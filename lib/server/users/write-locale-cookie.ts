import "server-only";
import { cookies } from "next/headers";
import type { TLocale } from "@/lib/i18n/locales";
import { LOCALE_COOKIE } from "@/lib/i18n/routing";

// The cookie next-intl's proxy reads for addresses without a language, after the address
// itself and before Accept-Language. Null removes it, so the browser's languages decide again.
// Works where Next lets cookies be set: server actions and route handlers (next-auth's included).
export async function writeLocaleCookie(locale: TLocale | null): Promise<void> {
  const store = await cookies();
  if (locale) store.set(LOCALE_COOKIE.name, locale, { maxAge: LOCALE_COOKIE.maxAge, sameSite: LOCALE_COOKIE.sameSite, path: "/" });
  else store.delete({ name: LOCALE_COOKIE.name, path: "/" });
}
