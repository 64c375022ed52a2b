import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { LanguageNote } from "@/components/translated-text";
import { CATALOGUE_LANGUAGES } from "@/lib/catalogue/languages";
import { getContentLanguages } from "@/lib/i18n/get-content-languages";
import { getVocabulary } from "@/lib/i18n/get-vocabulary";
import { Link } from "@/lib/i18n/navigation";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { listCollections } from "@/lib/server/collections/list-collections";
import { createCollectionAction, setItemAction } from "./actions";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "AdminCollections" });
  return { title: t("title") };
}

export default async function AdminCollectionsPage() {
  const viewer = await requireViewer("staff", "/admin/collections");
  const [collections, t, vocabulary, languages] = await Promise.all([
    listCollections({ viewer, library: viewer.role === "ADMIN" ? undefined : viewer.countryCode! }),
    getTranslations("AdminCollections"),
    getVocabulary(),
    getContentLanguages(),
  ]);
  const countries = viewer.role === "ADMIN" ? ["KG", "KZ", "TJ", "TM", "UZ"] : [viewer.countryCode!];
  return (
    <section>
      <h1>{t("title")}</h1>
      <ul>
        {collections.map((c) => {
          const title = pickTranslation(c.title as TTranslations, languages);
          return (
            <li key={c.id} data-collection={c.slug}>
              <Link href={`/collections/${c.library.countryCode.toLowerCase()}/${c.slug}`} lang={title?.lang}>
                {title?.text ?? c.slug}
              </Link>
              <LanguageNote picked={title} /> ({c._count.items}) · <Link href={`/admin/collections/${c.id}`}>{t("arrange")}</Link>
              <ActionForm action={setItemAction} submitLabel={t("addResource")} className="inline-form" aria-label={t("addTo", { collection: c.slug })}>
                <input type="hidden" name="collectionId" value={c.id} />
                <input type="hidden" name="present" value="true" />
                <label htmlFor={`add-${c.id}`}>{t("resourceId")}</label>
                <input id={`add-${c.id}`} name="resourceId" size={38} />
              </ActionForm>
            </li>
          );
        })}
      </ul>
      <h2>{t("newTitle")}</h2>
      <ActionForm action={createCollectionAction} submitLabel={t("create")} className="stack narrow" aria-label={t("newTitle")}>
        <label htmlFor="col-library">{t("library")}</label>
        <select id="col-library" name="library">
          {countries.map((c) => (
            <option key={c} value={c}>
              {vocabulary.country(c)}
            </option>
          ))}
        </select>
        <label htmlFor="col-slug">{t("shortName")}</label>
        <input id="col-slug" name="slug" required maxLength={95} />
        <label htmlFor="col-lang">{t("titleLanguage")}</label>
        {/* Each language by its own name, as the resource form offers them. */}
        <select id="col-lang" name="titleLang">
          {CATALOGUE_LANGUAGES.map((l) => (
            <option key={l.tag} value={l.tag} lang={l.tag}>
              {l.name}
            </option>
          ))}
        </select>
        <label htmlFor="col-title">{t("titleField")}</label>
        <input id="col-title" name="title" required maxLength={300} />
        <label htmlFor="col-description">{t("description")}</label>
        <textarea id="col-description" name="description" rows={3} maxLength={5000} />
      </ActionForm>
    </section>
  );
}
