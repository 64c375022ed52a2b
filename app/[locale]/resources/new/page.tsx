import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ActionForm } from "@/components/action-form";
import { can } from "@/lib/authz/can";
import { CATALOGUE_LANGUAGES } from "@/lib/catalogue/languages";
import { LOCALE_TAGS, type TLocale } from "@/lib/i18n/locales";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { createResourceAction } from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "NewResourcePage" });
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

// A draft needs a title; everything else is described on the next page.
export default async function NewResourcePage() {
  const viewer = await requireViewer("signedIn", "/resources/new");
  const country = viewer.countryCode;
  if (!country || !can(viewer, { action: "resource.create", countryCode: country })) notFound();
  const t = await getTranslations("NewResourcePage");
  // The contributor's own language first; every field stays open, as the draft needs just one.
  const own = LOCALE_TAGS[(await getLocale()) as TLocale];
  const languages = [...CATALOGUE_LANGUAGES.filter((l) => l.tag === own), ...CATALOGUE_LANGUAGES.filter((l) => l.tag !== own)];
  return (
    <section className="narrow">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <ActionForm action={createResourceAction} submitLabel={t("create")} className="stack" aria-label={t("title")}>
        <input type="hidden" name="library" value={country} />
        {languages.map(({ tag, name }) => (
          <div className="field" key={tag}>
            <label htmlFor={`new-title-${tag}`}>{t.rich("titleIn", { name, language: (chunks: ReactNode) => <span lang={tag}>{chunks}</span> })}</label>
            <input id={`new-title-${tag}`} name={`title.${tag}`} lang={tag} maxLength={500} />
          </div>
        ))}
      </ActionForm>
    </section>
  );
}
