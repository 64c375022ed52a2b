import "server-only";
import { metadataFormats } from "@/lib/oai/metadata-formats";
import { OaiError } from "@/lib/oai/oai-error";
import { fromOaiIdentifier } from "@/lib/oai/oai-identifier";
import { renderOaiRecord } from "@/lib/oai/render-oai-record";
import { getDb } from "@/lib/server/database/get-db";
import type { TOaiServerContext } from "./get-oai-context";
import { OAI_RECORD_SELECT } from "./oai-record-select";
import { oaiWhere } from "./oai-where";
import { toOaiRecord } from "./to-oai-record";

export async function oaiGetRecord(context: TOaiServerContext, identifier: string, metadataPrefix: string): Promise<string> {
  const format = metadataFormats(context.publicUrl).find((f) => f.prefix === metadataPrefix);
  const id = fromOaiIdentifier(context.repositoryIdentifier, identifier);
  const row = id ? await getDb().resource.findFirst({ where: { AND: [{ id }, oaiWhere({})] }, select: OAI_RECORD_SELECT }) : null;
  if (!row) throw new OaiError("idDoesNotExist", `"${identifier}" is not an identifier of this repository.`);
  if (!format) throw new OaiError("cannotDisseminateFormat", `"${metadataPrefix}" is not a metadata format of this repository (ListMetadataFormats lists them).`);
  const record = toOaiRecord(row, context.publicUrl);
  return `<GetRecord>${renderOaiRecord(record, format.render, context.repositoryIdentifier)}</GetRecord>`;
}
