import { LanguageNote } from "@/components/translated-text";
import { getContentLanguages } from "@/lib/i18n/get-content-languages";
import { Link } from "@/lib/i18n/navigation";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";

type TProps = {
  resource: { id: string; title: unknown; languages: string[]; year: number | null };
  // Off where the cell must read as the title alone (a table that is also a CSV download).
  languageNote?: boolean;
};

// A resource's title in the viewer's language (else in the resource's own, as search results
// pick it), linked to its page, with its year.
export async function ResourceTitleLink({ resource, languageNote = true }: TProps) {
  const title = pickTranslation(resource.title as TTranslations, [...(await getContentLanguages()), ...resource.languages]);
  return (
    <>
      <Link href={`/resources/${resource.id}`} lang={title?.lang}>
        {title?.text}
      </Link>
      {languageNote ? <LanguageNote picked={title} /> : null}
      {resource.year ? ` (${resource.year})` : ""}
    </>
  );
}
