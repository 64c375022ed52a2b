import { xmlElement } from "@/lib/xml/xml-element";
import type { TOaiRecord } from "./oai-record";
import { renderOaiHeader } from "./render-oai-header";

// A <record>: the header, and the metadata unless the record is deleted.
export function renderOaiRecord(record: TOaiRecord, render: (record: TOaiRecord) => string, repositoryIdentifier: string): string {
  return xmlElement("record", {}, [renderOaiHeader(record, repositoryIdentifier), ...(record.deleted ? [] : [xmlElement("metadata", {}, [render(record)])])]);
}
