import { resourceJsonLd } from "@/lib/catalogue/resource-json-ld";
import { serializeJsonLd } from "@/lib/catalogue/serialize-json-ld";
import { getEnv } from "@/lib/env";
import type { TTranslations } from "@/lib/schemas/translations";
import type { TResourceWithRelations } from "@/lib/server/resources/get-resource-by-id";
import { toPublicResource } from "@/lib/server/resources/to-public-resource";

// schema.org JSON-LD for harvesters (OERSI) and search engines; published resources only. Built
// from the public API shape, so it can say nothing the API does not.
export function ResourceJsonLd({ resource }: { resource: TResourceWithRelations }) {
  const { PUBLIC_URL, REPOSITORY_NAME } = getEnv();
  const data = resourceJsonLd(toPublicResource(resource), {
    baseUrl: PUBLIC_URL,
    repositoryName: REPOSITORY_NAME,
    institutionNames: resource.institution.names as TTranslations,
    subjectNames: Object.fromEntries(resource.subjects.map((s) => [s.code, s.names as TTranslations])),
  });
  // serializeJsonLd escapes "<", so the text cannot close the element early.
  return data ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} /> : null;
}
