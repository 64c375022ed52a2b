import { pickTranslation, type TPicked } from "@/lib/i18n/pick-translation";
import type { TPublicResource } from "@/lib/schemas/public-resource";
import type { TTranslations } from "@/lib/schemas/translations";
import { iscedFieldUri } from "./isced-field-uri";
import { EDUCATIONAL_LEVEL_SCHEME, EDUCATIONAL_LEVELS, HCRT_SCHEME, HCRT_TYPES, ISCED_F_SCHEME, SCHEMA_ORG_TYPES } from "./lrmi-vocabularies";

export type TJsonLdOptions = {
  baseUrl: string; // PUBLIC_URL, no trailing slash
  repositoryName: string;
  institutionNames: TTranslations;
  subjectNames: Readonly<Record<string, TTranslations>>;
};

export type TJsonLd = Record<string, unknown>;

// A text in the document's default language stays a plain string (what OERSI reads); one in
// another language carries its own tag.
const inLanguage = (picked: NonNullable<TPicked>, lang: string) => (picked.lang === lang ? picked.text : { "@language": picked.lang, "@value": picked.text });

const isPresent = (value: unknown) => value !== undefined && value !== null && value !== "" && !(Array.isArray(value) && value.length === 0);

// schema.org LearningResource for a published resource, shaped as OERSI's AMB profile expects
// (lists as arrays, licence as a node, controlled values as vocabulary URIs). The title in the
// main language is `name` and sets the context's default language; the other titles are
// `alternateName` entries tagged with their languages. Absent fields are left out, never null.
export function resourceJsonLd(resource: TPublicResource, options: TJsonLdOptions): TJsonLd | null {
  if (resource.status !== "PUBLISHED") return null;
  const name = pickTranslation(resource.title, resource.languages.slice(0, 1));
  if (!name) return null;
  const lang = name.lang;
  const url = `${options.baseUrl}/resources/${resource.id}`;
  const absolute = (path: string) => `${options.baseUrl}${path}`;
  const repository = { type: "Organization", id: `${options.baseUrl}/`, name: options.repositoryName, url: `${options.baseUrl}/` };
  const description = pickTranslation(resource.description, [lang]);
  const institution = pickTranslation(options.institutionNames, [lang]);
  const hcrt = resource.type ? HCRT_TYPES[resource.type] : undefined;
  const level = resource.level ? EDUCATIONAL_LEVELS[resource.level] : undefined;
  const thumbnail = resource.files.find((f) => f.thumbnail)?.thumbnail;

  const document: TJsonLd = {
    "@context": ["https://schema.org/", { "@language": lang }],
    id: url,
    type: ["LearningResource", ...(resource.type && SCHEMA_ORG_TYPES[resource.type] ? [SCHEMA_ORG_TYPES[resource.type]] : [])],
    name: name.text,
    alternateName: Object.entries(resource.title)
      .filter(([tag]) => tag !== lang)
      .map(([tag, text]) => ({ "@language": tag, "@value": text })),
    description: description ? inLanguage(description, lang) : undefined,
    url,
    inLanguage: resource.languages,
    license: resource.license ? { id: resource.license } : undefined,
    creator: resource.authors.map((a) => ({ type: "Person", name: a.name, ...(a.orcid ? { id: `https://orcid.org/${a.orcid}` } : {}) })),
    about: resource.subjects.map((code) => {
      const id = iscedFieldUri(code);
      const label = pickTranslation(options.subjectNames[code], [lang]);
      return { type: "DefinedTerm", ...(id ? { id } : {}), termCode: code, ...(label ? { name: label.text } : {}), inDefinedTermSet: ISCED_F_SCHEME };
    }),
    learningResourceType: hcrt ? [{ type: "DefinedTerm", id: hcrt.uri, name: hcrt.name, inDefinedTermSet: HCRT_SCHEME }] : undefined,
    educationalLevel: level
      ? [{ type: "DefinedTerm", id: level.uri, termCode: level.code, name: level.name, inDefinedTermSet: EDUCATIONAL_LEVEL_SCHEME }]
      : undefined,
    keywords: resource.keywords,
    publisher: [repository],
    sourceOrganization: institution ? [{ type: "Organization", name: institution.text }] : undefined,
    dateCreated: resource.year ? String(resource.year) : undefined,
    datePublished: resource.publishedAt?.slice(0, 10),
    isAccessibleForFree: true,
    encoding: resource.files.map((f) => ({
      type: "MediaObject",
      name: f.name,
      contentUrl: absolute(f.downloadUrl),
      encodingFormat: f.mediaType,
      contentSize: String(f.size),
      sha256: f.sha256,
    })),
    image: thumbnail ? absolute(thumbnail.url) : undefined,
    mainEntityOfPage: [{ id: url, type: "WebContent", provider: repository, dateModified: resource.updatedAt }],
  };
  return Object.fromEntries(Object.entries(document).filter(([, value]) => isPresent(value)));
}
