import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { ActionForm } from "@/components/action-form";
import { CATALOGUE_LANGUAGES } from "@/lib/catalogue/languages";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { listCollections } from "@/lib/server/collections/list-collections";
import { createCollectionAction, setItemAction } from "./actions";

export const metadata: Metadata = { title: "Collections" };

export default async function AdminCollectionsPage() {
  const viewer = await requireViewer("staff", "/admin/collections");
  const collections = await listCollections({ viewer, library: viewer.role === "ADMIN" ? undefined : viewer.countryCode! });
  const countries = viewer.role === "ADMIN" ? ["KG", "KZ", "TJ", "TM", "UZ"] : [viewer.countryCode!];
  return (
    <section>
      <h1>Collections</h1>
      <ul>
        {collections.map((c) => (
          <li key={c.id} data-collection={c.slug}>
            <Link href={`/collections/${c.library.countryCode.toLowerCase()}/${c.slug}`}>{pickTranslation(c.title as TTranslations, ["en"])?.text}</Link> ({c._count.items}) ·{" "}
            <Link href={`/admin/collections/${c.id}`}>Arrange</Link>
            <ActionForm action={setItemAction} submitLabel="Add resource" className="inline-form" aria-label={`Add to ${c.slug}`}>
              <input type="hidden" name="collectionId" value={c.id} />
              <input type="hidden" name="present" value="true" />
              <label htmlFor={`add-${c.id}`}>Resource id</label>
              <input id={`add-${c.id}`} name="resourceId" size={38} />
            </ActionForm>
          </li>
        ))}
      </ul>
      <h2>New collection</h2>
      <ActionForm action={createCollectionAction} submitLabel="Create collection" className="stack narrow" aria-label="New collection">
        <label htmlFor="col-library">Library</label>
        <select id="col-library" name="library">{countries.map((c) => <option key={c}>{c}</option>)}</select>
        <label htmlFor="col-slug">Short name (in its address)</label>
        <input id="col-slug" name="slug" required maxLength={95} />
        <label htmlFor="col-lang">Language of the title</label>
        <select id="col-lang" name="titleLang">{CATALOGUE_LANGUAGES.map((l) => <option key={l.tag} value={l.tag}>{l.name}</option>)}</select>
        <label htmlFor="col-title">Title</label>
        <input id="col-title" name="title" required maxLength={300} />
        <label htmlFor="col-description">Description</label>
        <textarea id="col-description" name="description" rows={3} maxLength={5000} />
      </ActionForm>
    </section>
  );
}
