"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { LOCALE_NAMES, LOCALE_TAGS, LOCALES, type TLocale } from "@/lib/i18n/locales";

// The same page in each interface language, every name in its own language and script.
// A disclosure of plain links: it works without JavaScript and from the keyboard.
export function LanguageSwitcher({ label }: { label: string }) {
  const current = useLocale() as TLocale;
  const pathname = usePathname();
  const query = Object.fromEntries(useSearchParams());
  return (
    <details className="language-switcher">
      <summary aria-label={`${label}: ${LOCALE_NAMES[current]}`}>
        <span aria-hidden="true">🌐</span> {LOCALE_NAMES[current]}
      </summary>
      <ul>
        {LOCALES.map((locale) => (
          <li key={locale}>
            <Link href={{ pathname, query }} locale={locale} lang={LOCALE_TAGS[locale]} hrefLang={LOCALE_TAGS[locale]} aria-current={locale === current ? "true" : undefined} prefetch={false}>
              {LOCALE_NAMES[locale]}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
