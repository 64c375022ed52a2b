import { xmlElement } from "@/lib/xml/xml-element";
import type { TAtomLink, TAtomPerson, TAtomText } from "./atom-types";

// The constructs feeds and entries share: text with its language, links, people.
export const atomText = (name: string, text: TAtomText) => xmlElement(name, { "xml:lang": text.lang }, text.text);

export const atomLink = (link: TAtomLink) => xmlElement("link", { rel: link.rel, href: link.href, type: link.type, length: link.length, title: link.title });

export const atomPerson = (name: string, person: TAtomPerson) =>
  xmlElement(name, {}, [xmlElement("name", {}, person.name), ...(person.uri ? [xmlElement("uri", {}, person.uri)] : [])]);
