import "server-only";
import { toOaiDatestamp } from "@/lib/oai/oai-date";
import { getDb } from "@/lib/server/database/get-db";
import { escapeXml } from "@/lib/xml/escape-xml";
import type { TOaiServerContext } from "./get-oai-context";
import { oaiWhere } from "./oai-where";

// The oai-identifier scheme asks for a domain name with a dot; a bare host (localhost, an IP
// address) still makes valid identifiers but gets no scheme description.
const DOMAIN = /^[a-zA-Z][a-zA-Z0-9-]*(\.[a-zA-Z][a-zA-Z0-9-]*)+$/;

export async function oaiIdentify(context: TOaiServerContext): Promise<string> {
  const earliest = await getDb().resource.findFirst({ where: oaiWhere({}), orderBy: { updatedAt: "asc" }, select: { updatedAt: true } });
  const description = DOMAIN.test(context.repositoryIdentifier)
    ? `<description><oai-identifier xmlns="http://www.openarchives.org/OAI/2.0/oai-identifier" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai-identifier http://www.openarchives.org/OAI/2.0/oai-identifier.xsd"><scheme>oai</scheme><repositoryIdentifier>${escapeXml(context.repositoryIdentifier)}</repositoryIdentifier><delimiter>:</delimiter><sampleIdentifier>oai:${escapeXml(context.repositoryIdentifier)}:01890a5d-ac96-774b-bcce-b302099a8057</sampleIdentifier></oai-identifier></description>`
    : "";
  return (
    `<Identify><repositoryName>${escapeXml(context.repositoryName)}</repositoryName><baseURL>${escapeXml(context.baseUrl)}</baseURL>` +
    `<protocolVersion>2.0</protocolVersion><adminEmail>${escapeXml(context.adminEmail)}</adminEmail>` +
    `<earliestDatestamp>${toOaiDatestamp(earliest?.updatedAt ?? new Date(0))}</earliestDatestamp><deletedRecord>persistent</deletedRecord>` +
    `<granularity>YYYY-MM-DDThh:mm:ssZ</granularity>${description}</Identify>`
  );
}
