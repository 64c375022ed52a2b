import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("NotFound");
  return (
    <section>
      <h1>{t("title")}</h1>
      <p>
        {t("text")} <Link href="/">{t("back")}</Link>
      </p>
    </section>
  );
}
