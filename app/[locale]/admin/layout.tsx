import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { requireViewer } from "@/lib/server/auth/require-viewer";

export const dynamic = "force-dynamic";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer("staff", "/admin");
  const t = await getTranslations("AdminNav");
  return (
    <>
      <nav aria-label={t("label")} className="admin-nav">
        <Link href="/admin">{t("overview")}</Link>
        <Link href="/admin/users">{t("users")}</Link>
        <Link href="/admin/institutions">{t("institutions")}</Link>
        <Link href="/admin/collections">{t("collections")}</Link>
        {viewer.role === "ADMIN" ? <Link href="/admin/libraries">{t("libraries")}</Link> : null}
        <Link href="/admin/audit">{t("audit")}</Link>
      </nav>
      {children}
    </>
  );
}
