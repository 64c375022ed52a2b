import { DOMParser, type Document, type Element } from "@xmldom/xmldom";

export const ATOM = "http://www.w3.org/2005/Atom";
export const SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";
export const XML = "http://www.w3.org/XML/1998/namespace";

// A real XML parser that refuses anything it would only warn about, plus the two faults
// xmldom lets through: characters XML 1.0 forbids and a bare "&".
export function parseXml(text: string): Document {
  const forbidden = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.exec(text);
  if (forbidden) throw new Error(`XML: forbidden character U+${forbidden[0].codePointAt(0)!.toString(16).padStart(4, "0")}`);
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text)) throw new Error("XML: unescaped &");
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(text, "application/xml");
}

// Direct children of `parent` with this name in this namespace.
export function children(parent: Element | Document, ns: string, name: string): Element[] {
  return Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === ns && (n as Element).localName === name);
}

export function child(parent: Element | Document, ns: string, name: string): Element {
  const found = children(parent, ns, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0]!;
}
