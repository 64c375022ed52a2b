import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { listOwnResources } from "@/lib/server/resources/list-own-resources";

export const metadata: Metadata = { title: "My resources" };
export const dynamic = "force-dynamic";

export default async function MyResourcesPage() {
  const viewer = await requireViewer("signedIn", "/my");
  const { resources, notifications } = await listOwnResources(viewer);
  return (
    <section>
      <h1>My resources</h1>
      <p><Link href="/resources/new">New resource</Link></p>
      {notifications.length ? (
        <>
          <h2>News</h2>
          <ul data-testid="notifications">{notifications.map((n) => <li key={n.id}>{n.message}</li>)}</ul>
        </>
      ) : null}
      <ul>
        {resources.map((r) => (
          <li key={r.id}>
            <Link href={`/resources/${r.id}`}>{pickTranslation(r.title as TTranslations, r.languages)?.text}</Link> · {r.status.toLowerCase().replace("_", " ")}
          </li>
        ))}
      </ul>
    </section>
  );
}
