import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { licenseLabel } from "@/lib/catalogue/normalize-license";
import { getContentLanguages } from "@/lib/i18n/get-content-languages";
import { getVocabulary } from "@/lib/i18n/get-vocabulary";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import type { TResourceWithRelations } from "@/lib/server/resources/get-resource-by-id";

// Every descriptive field of a resource as a definition list; empty fields are left out.
// Names stored in several languages (library, subjects) are shown in the viewer's.
export async function ResourceMetadata({ resource, institution }: { resource: TResourceWithRelations; institution?: { text: string; lang: string } }) {
  const [t, format, vocabulary, languages] = await Promise.all([getTranslations("ResourceMetadata"), getFormatter(), getVocabulary(), getContentLanguages()]);
  const authors = resource.authors as { name: string; orcid?: string }[];
  const library = pickTranslation(resource.library.names as TTranslations, languages);
  const rows: [string, ReactNode][] = [
    [t("authors"), authors.length ? authors.map((a, i) => (
      <span key={`${a.name}-${i}`}>
        {i ? "; " : ""}
        {a.name}
        {a.orcid ? <> (<a href={`https://orcid.org/${a.orcid}`}>{t("orcid", { id: a.orcid })}</a>)</> : null}
      </span>
    )) : null],
    [t("library"), library ? <span lang={library.lang}>{library.text}</span> : vocabulary.country(resource.library.countryCode)],
    [t("institution"), institution ? <span lang={institution.lang}>{institution.text}</span> : null],
    [t("licence"), resource.license ? <><a href={resource.license} rel="license">{licenseLabel(resource.license)}</a> · {vocabulary.licenseName(resource.license)}</> : null],
    [t("subjects"), resource.subjects.length ? resource.subjects.map((s, i) => {
      const name = pickTranslation(s.names as TTranslations, languages);
      return (
        <span key={s.code}>
          {i ? "; " : ""}
          {s.code} {name ? <span lang={name.lang}>{name.text}</span> : null}
        </span>
      );
    }) : null],
    [t("keywords"), resource.keywords.length ? resource.keywords.join(", ") : null],
    [t("languages"), resource.languages.length ? format.list(resource.languages.map((tag) => vocabulary.language(tag)), { type: "unit" }) : null],
    [t("educationalLevel"), resource.educationalLevel ? vocabulary.level(resource.educationalLevel) : null],
    [t("type"), resource.learningResourceType ? vocabulary.type(resource.learningResourceType) : null],
    [t("course"), resource.courseName],
    [t("year"), resource.year],
  ];
  return (
    <dl className="metadata">
      {rows.filter(([, value]) => value !== null && value !== undefined && value !== "").map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
