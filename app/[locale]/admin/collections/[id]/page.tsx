import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { ResourceTitleLink } from "@/components/resource-title-link";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { getManagedCollection } from "@/lib/server/collections/get-managed-collection";
import { moveItemAction, setItemAction } from "../actions";

export const metadata: Metadata = { title: "Collection" };
export const dynamic = "force-dynamic";

// A curator's view of one collection: every resource in order, to move, remove or add.
export default async function ManageCollectionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer("staff", `/admin/collections/${id}`);
  const collection = await getManagedCollection({ viewer, id });
  if (!collection) notFound();
  const title = pickTranslation(collection.title as TTranslations, ["en"]);
  const hidden = (resourceId: string) => (
    <>
      <input type="hidden" name="collectionId" value={collection.id} />
      <input type="hidden" name="resourceId" value={resourceId} />
    </>
  );
  return (
    <section>
      <p><Link href="/admin/collections">All collections</Link></p>
      <h1 lang={title?.lang}>{title?.text}</h1>
      <p>
        Public page: <Link href={`/collections/${collection.library.countryCode.toLowerCase()}/${collection.slug}`}>/collections/{collection.library.countryCode.toLowerCase()}/{collection.slug}</Link>.
        Drafts stay in the list but visitors see only published resources.
      </p>
      {collection.items.length === 0 ? <p>No resources yet.</p> : null}
      <ol className="collection-items managed">
        {collection.items.map(({ resource }, index) => (
          <li key={resource.id} data-resource-id={resource.id}>
            <ResourceTitleLink resource={resource} /> <small>({resource.status.toLowerCase().replace("_", " ")})</small>
            <span className="inline-form">
              {index > 0 ? (
                <ActionForm action={moveItemAction} submitLabel="Move up" aria-label={`Move item ${index + 1} up`}>
                  {hidden(resource.id)}
                  <input type="hidden" name="direction" value="up" />
                </ActionForm>
              ) : null}
              {index < collection.items.length - 1 ? (
                <ActionForm action={moveItemAction} submitLabel="Move down" aria-label={`Move item ${index + 1} down`}>
                  {hidden(resource.id)}
                  <input type="hidden" name="direction" value="down" />
                </ActionForm>
              ) : null}
              <ActionForm action={setItemAction} submitLabel="Remove" aria-label={`Remove item ${index + 1}`}>
                {hidden(resource.id)}
                <input type="hidden" name="present" value="false" />
              </ActionForm>
            </span>
          </li>
        ))}
      </ol>
      <h2>Add a resource</h2>
      <ActionForm action={setItemAction} submitLabel="Add resource" className="inline-form" aria-label="Add a resource">
        <input type="hidden" name="collectionId" value={collection.id} />
        <input type="hidden" name="present" value="true" />
        <label htmlFor="add-resource">Resource id</label>
        <input id="add-resource" name="resourceId" size={38} />
      </ActionForm>
    </section>
  );
}
