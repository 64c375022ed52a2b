import "server-only";
import { OaiError } from "@/lib/oai/oai-error";
import { parseOaiRequest } from "@/lib/oai/parse-oai-request";
import { OAI_RESPONSE_END, oaiResponseStart, renderOaiError } from "@/lib/oai/render-oai-response";
import { getOaiContext } from "./get-oai-context";
import { oaiGetRecord } from "./oai-get-record";
import { oaiIdentify } from "./oai-identify";
import { oaiList } from "./oai-list";
import { oaiListMetadataFormats } from "./oai-list-metadata-formats";
import { oaiListSets } from "./oai-list-sets";

// One OAI-PMH 2.0 request (its arguments as sent, repeats kept) answered as the XML document the
// protocol prescribes; protocol errors are part of the document, not exceptions.
export async function answerOaiRequest(options: { pairs: [string, string][]; now?: Date }): Promise<string> {
  const now = options.now ?? new Date();
  const context = getOaiContext();
  const echo = { baseUrl: context.baseUrl, arguments: Object.fromEntries(options.pairs) };
  try {
    const request = parseOaiRequest(options.pairs);
    let body: string;
    if (request.verb === "Identify") body = await oaiIdentify(context);
    else if (request.verb === "ListMetadataFormats") body = await oaiListMetadataFormats(context, request.identifier);
    else if (request.verb === "ListSets") body = await oaiListSets(request.resumptionToken);
    else if (request.verb === "GetRecord") body = await oaiGetRecord(context, request.identifier, request.metadataPrefix);
    else body = await oaiList(context, request, now);
    return `${oaiResponseStart(echo, now)}${body}${OAI_RESPONSE_END}`;
  } catch (error) {
    if (error instanceof OaiError) return renderOaiError(echo, error, now);
    throw error;
  }
}
