import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { RegisterForm } from "./register-form";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "RegisterPage" });
  return { title: t("metaTitle") };
}

export default async function RegisterPage() {
  const t = await getTranslations("RegisterPage");
  return (
    <section className="narrow">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <RegisterForm />
      <p>{t.rich("alreadyRegistered", { link: (chunks) => <Link href="/signin">{chunks}</Link> })}</p>
    </section>
  );
}
