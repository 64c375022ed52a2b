"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { LOCALE_NAMES, LOCALE_TAGS, LOCALES, type TLocale } from "@/lib/i18n/locales";

// Drawn, not an emoji: machines without an emoji font would show an empty box.
const GlobeIcon = () => (
  <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.3" style={{ verticalAlign: "-2px" }}>
    <circle cx="8" cy="8" r="6.5" />
    <ellipse cx="8" cy="8" rx="2.8" ry="6.5" />
    <path d="M1.5 8h13M2.6 4.5h10.8M2.6 11.5h10.8" />
  </svg>
);

// The same page in each interface language, every name in its own language and script.
// A disclosure of plain links: it works without JavaScript and from the keyboard.
export function LanguageSwitcher({ label }: { label: string }) {
  const current = useLocale() as TLocale;
  const pathname = usePathname();
  const query = Object.fromEntries(useSearchParams());
  return (
    <details className="language-switcher">
      <summary aria-label={`${label}: ${LOCALE_NAMES[current]}`}>
        <GlobeIcon /> {LOCALE_NAMES[current]}
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
