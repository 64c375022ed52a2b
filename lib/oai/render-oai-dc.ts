import { xmlElement } from "@/lib/xml/xml-element";
import type { TOaiRecord } from "./oai-record";

// DCMI Type Vocabulary terms for our resource types (dc:type also carries our own label).
const DCMI_TYPE: Record<string, string> = {
  TEXTBOOK: "Text",
  LECTURE_NOTES: "Text",
  SLIDES: "Text",
  EXERCISE_SET: "Text",
  ASSESSMENT: "Text",
  LAB_GUIDE: "Text",
  VIDEO_LECTURE: "MovingImage",
  DATASET: "Dataset",
  COURSE: "InteractiveResource",
};

const NAMESPACES = {
  "xmlns:oai_dc": "http://www.openarchives.org/OAI/2.0/oai_dc/",
  "xmlns:dc": "http://purl.org/dc/elements/1.1/",
  "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
  "xsi:schemaLocation": "http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd",
};
const element = (name: string, value: string, lang?: string) => xmlElement(`dc:${name}`, { "xml:lang": lang }, value);
const label = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replaceAll("_", " ");

// Simple Dublin Core (oai_dc), every one of the fifteen elements for which the record has data;
// the licence URI goes in dc:rights.
export function renderOaiDc(record: TOaiRecord): string {
  const parts = [
    ...Object.entries(record.title).map(([lang, text]) => element("title", text, lang)),
    ...record.authors.map((a) => element("creator", a.name)),
    ...record.subjects.map((s) => element("subject", `${s.code} ${s.name}`)),
    ...record.keywords.map((k) => element("subject", k)),
    ...Object.entries(record.description).map(([lang, text]) => element("description", text, lang)),
    element("publisher", record.institution.name),
    ...(record.publishedAt ? [element("date", record.publishedAt.toISOString().slice(0, 10))] : []),
    ...(record.year ? [element("date", String(record.year))] : []),
    ...(record.type && DCMI_TYPE[record.type] ? [element("type", DCMI_TYPE[record.type]!)] : []),
    ...(record.type ? [element("type", label(record.type))] : []),
    ...[...new Set(record.files.map((f) => f.mediaType))].map((m) => element("format", m)),
    element("identifier", record.url),
    ...(record.sourceUrl ? [element("source", record.sourceUrl)] : []),
    ...record.languages.map((l) => element("language", l)),
    ...record.collectionUrls.map((url) => element("relation", url)),
    ...(record.license ? [element("rights", record.license)] : []),
    ...(record.licenseLabel ? [element("rights", record.licenseLabel)] : []),
  ];
  return xmlElement("oai_dc:dc", NAMESPACES, parts);
}
