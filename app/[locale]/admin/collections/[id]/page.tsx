import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { ResourceTitleLink } from "@/components/resource-title-link";
import { LanguageNote } from "@/components/translated-text";
import { getContentLanguages } from "@/lib/i18n/get-content-languages";
import { getVocabulary } from "@/lib/i18n/get-vocabulary";
import { Link } from "@/lib/i18n/navigation";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { getManagedCollection } from "@/lib/server/collections/get-managed-collection";
import { moveItemAction, setItemAction } from "../actions";

type TProps = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "AdminCollections" });
  return { title: t("metaTitleOne") };
}

export const dynamic = "force-dynamic";

// A curator's view of one collection: every resource in order, to move, remove or add.
export default async function ManageCollectionPage({ params }: TProps) {
  const { id } = await params;
  const viewer = await requireViewer("staff", `/admin/collections/${id}`);
  const collection = await getManagedCollection({ viewer, id });
  if (!collection) notFound();
  const [t, vocabulary, languages] = await Promise.all([getTranslations("AdminCollections"), getVocabulary(), getContentLanguages()]);
  const title = pickTranslation(collection.title as TTranslations, languages);
  const publicPath = `/collections/${collection.library.countryCode.toLowerCase()}/${collection.slug}`;
  const hidden = (resourceId: string) => (
    <>
      <input type="hidden" name="collectionId" value={collection.id} />
      <input type="hidden" name="resourceId" value={resourceId} />
    </>
  );
  return (
    <section>
      <p>
        <Link href="/admin/collections">{t("allCollections")}</Link>
      </p>
      <h1>
        <span lang={title?.lang}>{title?.text ?? collection.slug}</span>
        <LanguageNote picked={title} />
      </h1>
      <p>{t.rich("publicPage", { path: publicPath, link: (chunks) => <Link href={publicPath}>{chunks}</Link> })}</p>
      {collection.items.length === 0 ? <p>{t("empty")}</p> : null}
      <ol className="collection-items managed">
        {collection.items.map(({ resource }, index) => (
          <li key={resource.id} data-resource-id={resource.id}>
            <ResourceTitleLink resource={resource} /> <small>({vocabulary.status(resource.status)})</small>
            <span className="inline-form">
              {index > 0 ? (
                <ActionForm action={moveItemAction} submitLabel={t("moveUp")} aria-label={t("moveUpItem", { position: index + 1 })}>
                  {hidden(resource.id)}
                  <input type="hidden" name="direction" value="up" />
                </ActionForm>
              ) : null}
              {index < collection.items.length - 1 ? (
                <ActionForm action={moveItemAction} submitLabel={t("moveDown")} aria-label={t("moveDownItem", { position: index + 1 })}>
                  {hidden(resource.id)}
                  <input type="hidden" name="direction" value="down" />
                </ActionForm>
              ) : null}
              <ActionForm action={setItemAction} submitLabel={t("remove")} aria-label={t("removeItem", { position: index + 1 })}>
                {hidden(resource.id)}
                <input type="hidden" name="present" value="false" />
              </ActionForm>
            </span>
          </li>
        ))}
      </ol>
      <h2>{t("addTitle")}</h2>
      <ActionForm action={setItemAction} submitLabel={t("addResource")} className="inline-form" aria-label={t("addTitle")}>
        <input type="hidden" name="collectionId" value={collection.id} />
        <input type="hidden" name="present" value="true" />
        <label htmlFor="add-resource">{t("resourceId")}</label>
        <input id="add-resource" name="resourceId" size={38} />
      </ActionForm>
    </section>
  );
}
