import type { ReactNode } from "react";
import { licenseLabel } from "@/lib/catalogue/normalize-license";
import { vocabularyLabel } from "@/lib/catalogue/vocabulary-label";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import type { TResourceWithRelations } from "@/lib/server/resources/get-resource-by-id";

// Every descriptive field of a resource as a definition list; empty fields are left out.
export function ResourceMetadata({ resource, institution }: { resource: TResourceWithRelations; institution?: { text: string; lang: string } }) {
  const authors = resource.authors as { name: string; orcid?: string }[];
  const rows: [string, ReactNode][] = [
    ["Authors", authors.length ? authors.map((a, i) => (
      <span key={`${a.name}-${i}`}>
        {i ? "; " : ""}
        {a.name}
        {a.orcid ? <> (<a href={`https://orcid.org/${a.orcid}`}>ORCID {a.orcid}</a>)</> : null}
      </span>
    )) : null],
    ["Library", resource.library.countryCode],
    ["Institution", institution ? <span lang={institution.lang}>{institution.text}</span> : null],
    ["Licence", resource.license ? <a href={resource.license} rel="license">{licenseLabel(resource.license)}</a> : null],
    ["Subjects", resource.subjects.length ? resource.subjects.map((s) => `${s.code} ${pickTranslation(s.names as TTranslations, ["en"])?.text ?? ""}`).join("; ") : null],
    ["Keywords", resource.keywords.length ? resource.keywords.join(", ") : null],
    ["Languages", resource.languages.length ? resource.languages.join(", ") : null],
    ["Educational level", resource.educationalLevel ? vocabularyLabel(resource.educationalLevel) : null],
    ["Type", resource.learningResourceType ? vocabularyLabel(resource.learningResourceType) : null],
    ["Course", resource.courseName],
    ["Year", resource.year],
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
