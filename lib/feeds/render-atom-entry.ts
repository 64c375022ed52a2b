import { xmlElement } from "@/lib/xml/xml-element";
import { atomLink, atomPerson, atomText } from "./atom-parts";
import type { TAtomEntry } from "./atom-types";
import { formatAtomDate } from "./format-atom-date";

// One <entry>, in the order RFC 4287's examples use.
export function renderAtomEntry(entry: TAtomEntry): string {
  return xmlElement("entry", {}, [
    xmlElement("id", {}, entry.id),
    atomText("title", entry.title),
    xmlElement("updated", {}, formatAtomDate(entry.updated)),
    xmlElement("published", {}, formatAtomDate(entry.published)),
    ...entry.links.map(atomLink),
    ...entry.authors.map((a) => atomPerson("author", a)),
    ...(entry.summary ? [atomText("summary", entry.summary)] : []),
    ...entry.categories.map((c) => xmlElement("category", { term: c.term, label: c.label })),
    ...(entry.rights ? [atomText("rights", entry.rights)] : []),
  ]);
}
