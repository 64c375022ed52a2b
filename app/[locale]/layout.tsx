import type { Metadata, Viewport } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { getEnv } from "@/lib/env";
import { LOCALE_TAGS } from "@/lib/i18n/locales";
import { CLIENT_NAMESPACES } from "@/lib/i18n/message-areas";
import { routing } from "@/lib/i18n/routing";
import "../globals.css";

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
          <main id="main">{children}</main>
          <footer className="site-footer">
            <p>{t("footer")}</p>
            <p>
              {t("forDevelopers")} <a href="/api">{t("restApi")}</a> · <a href="/oai?verb=Identify">OAI-PMH</a> · <a href="/feeds/resources.atom">{t("atomFeed")}</a>
            </p>
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
