import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LanguageNote } from "@/components/translated-text";
import { getContentLanguages } from "@/lib/i18n/get-content-languages";
import { Link } from "@/lib/i18n/navigation";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { listCollections } from "@/lib/server/collections/list-collections";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "CollectionsPage" });
  return { title: t("title") };
}

export default async function CollectionsPage() {
  const [t, languages, collections] = await Promise.all([getTranslations("CollectionsPage"), getContentLanguages(), getViewer().then((viewer) => listCollections({ viewer }))]);
  return (
    <section>
      <h1>{t("title")}</h1>
      {collections.length === 0 ? <p>{t("empty")}</p> : null}
      <ul>
        {collections.map((c) => {
          const title = pickTranslation(c.title as TTranslations, languages);
          return (
            <li key={c.id}>
              <Link href={`/collections/${c.library.countryCode.toLowerCase()}/${c.slug}`} lang={title?.lang}>{title?.text}</Link>
              <LanguageNote picked={title} /> · {c.library.countryCode} · {t("resources", { count: c._count.items })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
