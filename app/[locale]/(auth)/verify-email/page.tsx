import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { VerifyForm } from "./verify-form";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "VerifyEmailPage" });
  return { title: t("metaTitle") };
}

// The link only opens this page; the confirmation is a POST, so mail scanners that fetch
// links do not use it up.
export default async function VerifyEmailPage({ searchParams }: TProps) {
  const { token = "" } = await searchParams;
  const t = await getTranslations("VerifyEmailPage");
  return (
    <section className="narrow">
      <h1>{t("title")}</h1>
      <VerifyForm token={token} />
    </section>
  );
}
