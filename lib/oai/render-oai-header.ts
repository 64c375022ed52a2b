import { escapeXml } from "@/lib/xml/escape-xml";
import { toOaiDatestamp } from "./oai-date";
import { toOaiIdentifier } from "./oai-identifier";
import type { TOaiRecord } from "./oai-record";

// A record's header: identifier, datestamp, sets; a withdrawn resource is a deleted record.
export function renderOaiHeader(record: Pick<TOaiRecord, "id" | "datestamp" | "deleted" | "sets">, repositoryIdentifier: string): string {
  return `<header${record.deleted ? ' status="deleted"' : ""}><identifier>${escapeXml(toOaiIdentifier(repositoryIdentifier, record.id))}</identifier><datestamp>${toOaiDatestamp(record.datestamp)}</datestamp>${record.sets.map((s) => `<setSpec>${escapeXml(s)}</setSpec>`).join("")}</header>`;
}
