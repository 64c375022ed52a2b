import type { Metadata, Viewport } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { getEnv } from "@/lib/env";
import { LOCALE_TAGS } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { CLIENT_NAMESPACES } from "@/lib/i18n/message-areas";
import { routing } from "@/lib/i18n/routing";
import "../globals.css";

const OAI_IDENTIFY = "/oai?verb=Identify";
const ATOM_FEED = "/feeds/resources.atom";

type TProps = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Layout" });
  return {
    title: { default: t("title"), template: `%s · ${t("brand")}` },
    description: t("description"),
    // Feed readers find the new-resources feed from any page (absolute: Next has no metadataBase here).
    alternates: { types: { "application/atom+xml": [{ url: `${getEnv().PUBLIC_URL}/feeds/resources.atom`, title: t("feedTitle") }] } },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function LocaleLayout({ children, params }: TProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const t = await getTranslations({ locale, namespace: "Layout" });
  const messages = await getMessages();
  // Only what client components read goes to the browser.
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]]));
  return (
    <html lang={LOCALE_TAGS[locale]} dir="ltr">
      <body>
        <NextIntlClientProvider locale={locale} messages={clientMessages}>
          <a className="skip-link" href="#main">
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <footer className="site-footer">
            <p>{t("footer")}</p>
            <p>
              {/* OAI-PMH and the feed are XML for machines, outside the language routes: plain links. */}
              {t("forDevelopers")} <Link href="/api">{t("restApi")}</Link> · <a href={OAI_IDENTIFY}>OAI-PMH</a> · <a href={ATOM_FEED}>{t("atomFeed")}</a>
            </p>
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
