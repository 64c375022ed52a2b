import { getLocale } from "next-intl/server";
import { headers } from "next/headers";
import { cache } from "react";
import { acceptedLanguages } from "@/lib/http/accepted-languages";
import { CONTENT_FALLBACKS, type TLocale } from "./locales";

// The metadata languages a viewer reads, best first: the interface language (and its usual
// fallbacks), then what the browser asks for. pickTranslation adds English, then any. Once per
// request: each title link on a page asks.
export const getContentLanguages = cache(async (): Promise<string[]> => {
  const locale = (await getLocale()) as TLocale;
  const accepted = acceptedLanguages((await headers()).get("accept-language"));
  return [...new Set([...CONTENT_FALLBACKS[locale], ...accepted])];
});
