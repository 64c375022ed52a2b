import { iscedFieldUri } from "@/lib/catalogue/isced-field-uri";
import { EDUCATIONAL_LEVELS, HCRT_TYPES } from "@/lib/catalogue/lrmi-vocabularies";
import { xmlElement, type TXmlAttributes } from "@/lib/xml/xml-element";
import { LRMI_NAMESPACE, lrmiSchemaUrl } from "./lrmi-format";
import type { TOaiRecord } from "./oai-record";

const text = (name: string, value: string, attributes: TXmlAttributes = {}) => xmlElement(`lrmi:${name}`, attributes, value);

// One record in the LRMI format (element order fixed by its schema). Type, level and subjects
// carry the URIs of the KIM vocabularies OER aggregators use, as the JSON-LD does.
export function renderLrmi(record: TOaiRecord, publicUrl: string): string {
  const type = record.type?.toLowerCase();
  const level = record.level?.toLowerCase();
  const parts = [
    text("identifier", record.url),
    ...Object.entries(record.title).map(([lang, value]) => text("name", value, { "xml:lang": lang })),
    ...Object.entries(record.description).map(([lang, value]) => text("description", value, { "xml:lang": lang })),
    ...record.authors.map((a) => xmlElement("lrmi:creator", {}, [text("name", a.name), ...(a.orcid ? [text("orcid", `https://orcid.org/${a.orcid}`)] : [])])),
    ...record.languages.map((l) => text("inLanguage", l)),
    ...(record.license ? [text("license", record.license, { label: record.licenseLabel ?? undefined })] : []),
    ...(type ? [text("learningResourceType", type, { uri: HCRT_TYPES[type]?.uri })] : []),
    ...(level ? [text("educationalLevel", level, { uri: EDUCATIONAL_LEVELS[level]?.uri })] : []),
    ...record.subjects.map((s) => text("about", s.name, { scheme: "ISCED-F 2013", code: s.code, uri: iscedFieldUri(s.code) ?? undefined })),
    ...record.keywords.map((k) => text("keywords", k)),
    ...(record.courseName ? [text("courseName", record.courseName)] : []),
    xmlElement("lrmi:sourceOrganization", { country: record.country }, [text("name", record.institution.name), text("slug", record.institution.slug)]),
    ...(record.year ? [text("dateCreated", String(record.year))] : []),
    ...(record.publishedAt ? [text("datePublished", record.publishedAt.toISOString().slice(0, 10))] : []),
    text("isAccessibleForFree", "true"),
    ...record.files.map(
      (f) => xmlElement("lrmi:encoding", {}, [text("contentUrl", f.url), text("name", f.name), text("encodingFormat", f.mediaType), text("contentSize", String(f.size)), text("sha256", f.sha256)]),
    ),
    ...(record.thumbnailUrl ? [text("thumbnailUrl", record.thumbnailUrl)] : []),
    ...record.collectionUrls.map((url) => text("isPartOf", url)),
    ...(record.sourceUrl ? [text("isBasedOn", record.sourceUrl)] : []),
  ];
  const namespaces = { "xmlns:lrmi": LRMI_NAMESPACE, "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance", "xsi:schemaLocation": `${LRMI_NAMESPACE} ${lrmiSchemaUrl(publicUrl)}` };
  return xmlElement("lrmi:learningResource", namespaces, parts);
}
