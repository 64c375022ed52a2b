import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AcceptForm } from "./accept-form";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "AcceptInvitationPage" });
  return { title: t("metaTitle") };
}

export default async function AcceptInvitationPage({ searchParams }: TProps) {
  const { token = "" } = await searchParams;
  const t = await getTranslations("AcceptInvitationPage");
  return (
    <section className="narrow">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <AcceptForm token={token} />
    </section>
  );
}
