import { Link } from "@/lib/i18n/navigation";
import type { ReactNode } from "react";
import { requireViewer } from "@/lib/server/auth/require-viewer";

export const dynamic = "force-dynamic";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer("staff", "/admin");
  return (
    <>
      <nav aria-label="Administration" className="admin-nav">
        <Link href="/admin">Overview</Link>
        <Link href="/admin/users">Users</Link>
        <Link href="/admin/institutions">Institutions</Link>
        <Link href="/admin/collections">Collections</Link>
        {viewer.role === "ADMIN" ? <Link href="/admin/libraries">Libraries</Link> : null}
        <Link href="/admin/audit">Audit log</Link>
      </nav>
      {children}
    </>
  );
}
