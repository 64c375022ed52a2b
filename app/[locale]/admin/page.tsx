import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { getVocabulary } from "@/lib/i18n/get-vocabulary";
import { Link } from "@/lib/i18n/navigation";
import { requireViewer } from "@/lib/server/auth/require-viewer";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "AdminOverview" });
  return { title: t("title") };
}

export default async function AdminPage() {
  const viewer = await requireViewer("staff", "/admin");
  const [t, vocabulary] = await Promise.all([getTranslations("AdminOverview"), getVocabulary()]);
  const to = (href: string) =>
    function AdminLink(chunks: ReactNode) {
      return <Link href={href}>{chunks}</Link>;
    };
  return (
    <section>
      <h1>{t("title")}</h1>
      <p>{viewer.role === "ADMIN" ? t("scopeNetwork") : t("scopeLibrary", { country: vocabulary.country(viewer.countryCode ?? "") })}</p>
      <ul>
        <li>{t.rich("users", { link: to("/admin/users") })}</li>
        <li>{t.rich("institutions", { link: to("/admin/institutions") })}</li>
        {viewer.role === "ADMIN" ? <li>{t.rich("libraries", { link: to("/admin/libraries") })}</li> : null}
        <li>{t.rich("audit", { link: to("/admin/audit") })}</li>
      </ul>
    </section>
  );
}
