import { Link } from "@/lib/i18n/navigation";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";

// A resource's title in its own language, linked to its page, with its year.
export function ResourceTitleLink({ resource }: { resource: { id: string; title: unknown; languages: string[]; year: number | null } }) {
  const title = pickTranslation(resource.title as TTranslations, resource.languages);
  return (
    <>
      <Link href={`/resources/${resource.id}`} lang={title?.lang}>
        {title?.text}
      </Link>
      {resource.year ? ` (${resource.year})` : ""}
    </>
  );
}
