import { LRMI_NAMESPACE, LRMI_PREFIX, lrmiSchemaUrl } from "./lrmi-format";
import type { TOaiRecord } from "./oai-record";
import { renderLrmi } from "./render-lrmi";
import { renderOaiDc } from "./render-oai-dc";

export type TMetadataFormat = { prefix: string; schema: string; namespace: string; render: (record: TOaiRecord) => string };

// The formats every record is disseminated in: simple Dublin Core, as the protocol requires,
// and the richer LRMI format.
export function metadataFormats(publicUrl: string): TMetadataFormat[] {
  return [
    { prefix: "oai_dc", schema: "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", namespace: "http://www.openarchives.org/OAI/2.0/oai_dc/", render: renderOaiDc },
    { prefix: LRMI_PREFIX, schema: lrmiSchemaUrl(publicUrl), namespace: LRMI_NAMESPACE, render: (record) => renderLrmi(record, publicUrl) },
  ];
}
