import "server-only";
import { metadataFormats } from "@/lib/oai/metadata-formats";
import { OaiError } from "@/lib/oai/oai-error";
import { fromOaiIdentifier } from "@/lib/oai/oai-identifier";
import { getDb } from "@/lib/server/database/get-db";
import { escapeXml } from "@/lib/xml/escape-xml";
import type { TOaiServerContext } from "./get-oai-context";
import { oaiWhere } from "./oai-where";

// The formats of the repository, or of one record (every record has every format).
export async function oaiListMetadataFormats(context: TOaiServerContext, identifier?: string): Promise<string> {
  if (identifier !== undefined) {
    const id = fromOaiIdentifier(context.repositoryIdentifier, identifier);
    const exists = id && (await getDb().resource.count({ where: { AND: [{ id }, oaiWhere({})] } }));
    if (!exists) throw new OaiError("idDoesNotExist", `"${identifier}" is not an identifier of this repository.`);
  }
  const formats = metadataFormats(context.publicUrl)
    .map((f) => `<metadataFormat><metadataPrefix>${f.prefix}</metadataPrefix><schema>${escapeXml(f.schema)}</schema><metadataNamespace>${escapeXml(f.namespace)}</metadataNamespace></metadataFormat>`)
    .join("");
  return `<ListMetadataFormats>${formats}</ListMetadataFormats>`;
}
