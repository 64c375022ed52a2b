import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { requireViewer } from "@/lib/server/auth/require-viewer";

export const metadata: Metadata = { title: "Administration" };

export default async function AdminPage() {
  const viewer = await requireViewer("staff", "/admin");
  const scope = viewer.role === "ADMIN" ? "the whole network" : `the library of ${viewer.countryCode}`;
  return (
    <section>
      <h1>Administration</h1>
      <p>You administer {scope}.</p>
      <ul>
        <li><Link href="/admin/users">Users</Link>: search, invite, import from CSV, change roles, deactivate.</li>
        <li><Link href="/admin/institutions">Institutions</Link>: add, rename, set e-mail domains.</li>
        {viewer.role === "ADMIN" ? <li><Link href="/admin/libraries">Libraries</Link>: host institutions.</li> : null}
        <li><Link href="/admin/audit">Audit log</Link>: every administrative action, with before and after.</li>
      </ul>
    </section>
  );
}
