import { xmlElement } from "@/lib/xml/xml-element";
import { toOaiDatestamp } from "./oai-date";
import { toOaiIdentifier } from "./oai-identifier";
import type { TOaiRecord } from "./oai-record";

// A record's header: identifier, datestamp, sets; a withdrawn resource is a deleted record.
export function renderOaiHeader(record: Pick<TOaiRecord, "id" | "datestamp" | "deleted" | "sets">, repositoryIdentifier: string): string {
  return xmlElement("header", { status: record.deleted ? "deleted" : undefined }, [
    xmlElement("identifier", {}, toOaiIdentifier(repositoryIdentifier, record.id)),
    xmlElement("datestamp", {}, toOaiDatestamp(record.datestamp)),
    ...record.sets.map((set) => xmlElement("setSpec", {}, set)),
  ]);
}
