import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LanguageNote } from "@/components/translated-text";
import { getContentLanguages } from "@/lib/i18n/get-content-languages";
import { getVocabulary } from "@/lib/i18n/get-vocabulary";
import { Link } from "@/lib/i18n/navigation";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { listOwnResources } from "@/lib/server/resources/list-own-resources";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "MyResourcesPage" });
  return { title: t("metaTitle") };
}

export default async function MyResourcesPage() {
  const viewer = await requireViewer("signedIn", "/my");
  const [{ resources, notifications }, t, vocabulary, languages] = await Promise.all([
    listOwnResources(viewer),
    getTranslations("MyResourcesPage"),
    getVocabulary(),
    getContentLanguages(),
  ]);
  return (
    <section>
      <h1>{t("title")}</h1>
      <p><Link href="/resources/new">{t("newResource")}</Link></p>
      {notifications.length ? (
        <>
          <h2>{t("news")}</h2>
          <ul data-testid="notifications">{notifications.map((n) => <li key={n.id}>{n.message}</li>)}</ul>
        </>
      ) : null}
      <ul>
        {resources.map((r) => {
          const title = pickTranslation(r.title as TTranslations, languages);
          return (
            <li key={r.id}>
              <Link href={`/resources/${r.id}`} lang={title?.lang}>{title?.text ?? t("untitled")}</Link>
              <LanguageNote picked={title} /> · {vocabulary.status(r.status)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
