import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "./locales";

// English pages keep their short addresses (/search); the others carry their language (/ru/search).
// An address without a language follows the viewer's last choice or saved setting (the
// NEXT_LOCALE cookie), then Accept-Language.
// Also written by the server when a person saves their language or signs in.
export const LOCALE_COOKIE = { name: "NEXT_LOCALE", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" } as const;

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  localeCookie: LOCALE_COOKIE,
});
