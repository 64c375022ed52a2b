import { xmlElement } from "@/lib/xml/xml-element";
import type { TAtomFeed } from "./atom-types";
import { formatAtomDate } from "./format-atom-date";
import { atomLink, atomPerson, atomText } from "./atom-parts";
import { renderAtomEntry } from "./render-atom-entry";

// The whole document, ready to send as application/atom+xml.
export function renderAtomFeed(feed: TAtomFeed): string {
  const body = xmlElement("feed", { xmlns: "http://www.w3.org/2005/Atom" }, [
    xmlElement("id", {}, feed.id),
    atomText("title", feed.title),
    ...(feed.subtitle ? [atomText("subtitle", feed.subtitle)] : []),
    xmlElement("updated", {}, formatAtomDate(feed.updated)),
    ...feed.links.map(atomLink),
    ...feed.authors.map((a) => atomPerson("author", a)),
    xmlElement("generator", { uri: feed.generator.uri }, feed.generator.name),
    ...feed.entries.map(renderAtomEntry),
  ]);
  return `<?xml version="1.0" encoding="utf-8"?>\n${body}\n`;
}
