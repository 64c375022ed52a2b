import type { Messages } from "next-intl";
import { DEFAULT_LOCALE, type TLocale } from "@/lib/i18n/locales";
import englishStats from "@/messages/en/stats.json";

// The language the dashboard's tables and charts are written in: the page and the CSV pass the
// viewer's (next-intl's getMessages); callers outside a request (the API's tests, scripts) get
// English, so the builders stay plain synchronous functions.
export type TStatsIntl = { locale: TLocale; messages: Messages };

export const ENGLISH_STATS: TStatsIntl = { locale: DEFAULT_LOCALE, messages: englishStats };
