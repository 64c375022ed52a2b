import { escapeXml } from "./escape-xml";

export type TXmlAttributes = Record<string, string | number | undefined>;

// One element: `content` as a string is text (escaped here), as an array it is child elements
// already rendered, absent it is an empty element. Attributes without a value are left out.
// Children go one per line, unindented: indenting would change the text inside them.
export function xmlElement(name: string, attributes: TXmlAttributes = {}, content?: string | readonly string[]): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value), "attribute")}"`)
    .join("");
  if (content === undefined) return `<${name}${attrs}/>`;
  const inner = typeof content === "string" ? escapeXml(content) : `\n${content.join("\n")}\n`;
  return `<${name}${attrs}>${inner}</${name}>`;
}
