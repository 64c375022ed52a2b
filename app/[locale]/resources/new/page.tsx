import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { can } from "@/lib/authz/can";
import { CATALOGUE_LANGUAGES } from "@/lib/catalogue/languages";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { createResourceAction } from "../actions";

export const metadata: Metadata = { title: "New resource" };
export const dynamic = "force-dynamic";

// A draft needs a title; everything else is described on the next page.
export default async function NewResourcePage() {
  const viewer = await requireViewer("signedIn", "/resources/new");
  const country = viewer.countryCode;
  if (!country || !can(viewer, { action: "resource.create", countryCode: country })) notFound();
  return (
    <section className="narrow">
      <h1>New resource</h1>
      <p>Give its title in at least one language. You describe it and attach files next.</p>
      <ActionForm action={createResourceAction} submitLabel="Create draft" className="stack" aria-label="New resource">
        <input type="hidden" name="library" value={country} />
        {CATALOGUE_LANGUAGES.map(({ tag, name }) => (
          <div className="field" key={tag}>
            <label htmlFor={`new-title-${tag}`}>Title · {name}</label>
            <input id={`new-title-${tag}`} name={`title.${tag}`} lang={tag} maxLength={500} />
          </div>
        ))}
      </ActionForm>
    </section>
  );
}
