import { escapeXml } from "@/lib/xml/escape-xml";
import type { OaiError } from "./oai-error";
import { toOaiDatestamp } from "./oai-date";

type TRequestEcho = { baseUrl: string; arguments: Record<string, string> | null };

const OPEN =
  '<?xml version="1.0" encoding="UTF-8"?>\n<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">';

// The <request> element echoes the arguments, except after badVerb or badArgument, when
// only the base URL may be given (§3.2).
function request(echo: TRequestEcho) {
  const attributes = Object.entries(echo.arguments ?? {})
    .map(([key, value]) => ` ${key}="${escapeXml(value, "attribute")}"`)
    .join("");
  return `<request${attributes}>${escapeXml(echo.baseUrl)}</request>`;
}

// The start and end of a response, around the verb's element (streamed in between).
export function oaiResponseStart(echo: TRequestEcho, now: Date): string {
  return `${OPEN}<responseDate>${toOaiDatestamp(now)}</responseDate>${request(echo)}`;
}
export const OAI_RESPONSE_END = "</OAI-PMH>\n";

export function renderOaiError(echo: TRequestEcho, error: OaiError, now: Date): string {
  const plain = error.code === "badVerb" || error.code === "badArgument";
  return `${oaiResponseStart(plain ? { ...echo, arguments: null } : echo, now)}<error code="${error.code}">${escapeXml(error.message)}</error>${OAI_RESPONSE_END}`;
}
