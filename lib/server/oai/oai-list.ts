import "server-only";
import { metadataFormats } from "@/lib/oai/metadata-formats";
import { toOaiDatestamp } from "@/lib/oai/oai-date";
import { OaiError } from "@/lib/oai/oai-error";
import { parseOaiSetSpec } from "@/lib/oai/oai-set-spec";
import { renderOaiHeader } from "@/lib/oai/render-oai-header";
import { renderOaiRecord } from "@/lib/oai/render-oai-record";
import { decodeResumptionToken, encodeResumptionToken, type TOaiListState } from "@/lib/oai/resumption-token";
import { toPage } from "@/lib/pagination/to-page";
import { getDb } from "@/lib/server/database/get-db";
import type { TOaiServerContext } from "./get-oai-context";
import { OAI_HEADER_SELECT, OAI_RECORD_SELECT } from "./oai-record-select";
import { oaiWhere, type TOaiFilter } from "./oai-where";
import { toOaiHeader } from "./to-oai-header";
import { toOaiRecord } from "./to-oai-record";

const TOKEN_HOURS = 24;
type TListRequest = { verb: "ListIdentifiers" | "ListRecords"; resumptionToken: string } | { verb: "ListIdentifiers" | "ListRecords"; metadataPrefix: string; set?: string; from?: Date; until?: Date };

// ListIdentifiers and ListRecords: one page of the list in (datestamp, id) order, and a signed
// token for the rest. The first request counts the list and freezes its end at the present.
export async function oaiList(context: TOaiServerContext, request: TListRequest, now: Date): Promise<string> {
  const state = "resumptionToken" in request ? decodeResumptionToken(request.resumptionToken, request.verb, context.secret, now) : await startList(context, request, now);
  const format = metadataFormats(context.publicUrl).find((f) => f.prefix === state.metadataPrefix)!;
  const filter: TOaiFilter = {
    set: state.set ? (parseOaiSetSpec(state.set) ?? undefined) : undefined,
    from: state.from === undefined ? undefined : new Date(state.from),
    until: new Date(state.until),
    after: state.after ? { at: new Date(state.after.at), id: state.after.id } : undefined,
  };
  const query = { where: oaiWhere(filter), orderBy: [{ updatedAt: "asc" as const }, { id: "asc" as const }], take: context.pageSize + 1 };
  const db = getDb();
  const expires = now.getTime() + TOKEN_HOURS * 3_600_000;
  // The token for the rest of the list, after the page's last record.
  const rest = (last: { updatedAt: Date; id: string }) =>
    encodeResumptionToken({ ...state, after: { at: last.updatedAt.getTime(), id: last.id }, cursor: state.cursor + context.pageSize, expires }, context.secret);
  const page =
    request.verb === "ListRecords"
      ? render(toPage(await db.resource.findMany({ ...query, select: OAI_RECORD_SELECT }), context.pageSize, rest), (row) =>
          renderOaiRecord(toOaiRecord(row, context.publicUrl), format.render, context.repositoryIdentifier),
        )
      : render(toPage(await db.resource.findMany({ ...query, select: OAI_HEADER_SELECT }), context.pageSize, rest), (row) => renderOaiHeader(toOaiHeader(row), context.repositoryIdentifier));
  // Records that changed during the harvest have moved past its end: the list may end early.
  if (!page.items.length) throw new OaiError("noRecordsMatch", "No records are left in this list (they changed since the harvest began; harvest again from its start date).");
  const attributes = `completeListSize="${state.completeListSize}" cursor="${state.cursor}"`;
  let token = "";
  if (page.nextCursor) token = `<resumptionToken ${attributes} expirationDate="${toOaiDatestamp(new Date(expires))}">${page.nextCursor}</resumptionToken>`;
  else if (state.cursor > 0) token = `<resumptionToken ${attributes}/>`; // the last page of a list split in several
  return `<${request.verb}>${page.items.join("")}${token}</${request.verb}>`;
}

const render = <T,>(page: { items: T[]; nextCursor: string | null }, each: (row: T) => string) => ({ items: page.items.map(each), nextCursor: page.nextCursor });

async function startList(context: TOaiServerContext, request: Extract<TListRequest, { metadataPrefix: string }>, now: Date): Promise<TOaiListState> {
  if (!metadataFormats(context.publicUrl).some((f) => f.prefix === request.metadataPrefix)) {
    throw new OaiError("cannotDisseminateFormat", `"${request.metadataPrefix}" is not a metadata format of this repository (ListMetadataFormats lists them).`);
  }
  const set = request.set === undefined ? undefined : parseOaiSetSpec(request.set);
  if (set === null) throw new OaiError("badArgument", `"${request.set}" is not a set of this repository (ListSets lists them).`);
  const until = request.until && request.until < now ? request.until : now;
  const completeListSize = await getDb().resource.count({ where: oaiWhere({ set, from: request.from, until }) });
  if (!completeListSize) throw new OaiError("noRecordsMatch", "No records match these arguments.");
  return { verb: request.verb, metadataPrefix: request.metadataPrefix, set: request.set, from: request.from?.getTime(), until: until.getTime(), cursor: 0, completeListSize, expires: now.getTime() + TOKEN_HOURS * 3_600_000 };
}
