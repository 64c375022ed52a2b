import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { listCollections } from "@/lib/server/collections/list-collections";

export const metadata: Metadata = { title: "Collections" };
export const dynamic = "force-dynamic";

export default async function CollectionsPage() {
  const collections = await listCollections({ viewer: await getViewer() });
  return (
    <section>
      <h1>Collections</h1>
      {collections.length === 0 ? <p>No collections yet.</p> : null}
      <ul>
        {collections.map((c) => {
          const title = pickTranslation(c.title as TTranslations, ["en"]);
          return (
            <li key={c.id}>
              <Link href={`/collections/${c.library.countryCode.toLowerCase()}/${c.slug}`} lang={title?.lang}>{title?.text}</Link> · {c.library.countryCode} · {c._count.items} resource{c._count.items === 1 ? "" : "s"}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
