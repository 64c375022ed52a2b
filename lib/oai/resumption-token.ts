import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { OaiError } from "./oai-error";

// Where a list harvest stands. The list is ordered by (datestamp, id) and its `until` is frozen
// at the first request, so records that change during the harvest move past its end (the next
// incremental harvest gets them) instead of shifting pages: every record comes once.
export const ZOaiListState = z.object({
  verb: z.enum(["ListIdentifiers", "ListRecords"]),
  metadataPrefix: z.string(),
  set: z.string().optional(),
  from: z.number().optional(),
  until: z.number(),
  after: z.object({ at: z.number(), id: z.string() }).optional(),
  cursor: z.number().int(),
  completeListSize: z.number().int(),
  expires: z.number(),
});
export type TOaiListState = z.infer<typeof ZOaiListState>;

const sign = (payload: string, secret: string) => createHmac("sha256", `oai-resumption|${secret}`).update(payload).digest("base64url").slice(0, 22);

// Tokens are signed (a harvester cannot forge a position or a list size) and carry their expiry.
export function encodeResumptionToken(state: TOaiListState, secret: string): string {
  const payload = Buffer.from(JSON.stringify(state)).toString("base64url");
  return `${payload}.${sign(payload, secret)}`;
}

export function decodeResumptionToken(token: string, verb: TOaiListState["verb"], secret: string, now: Date): TOaiListState {
  const [payload = "", signature = ""] = token.split(".");
  const expected = sign(payload, secret);
  if (signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) {
    throw new OaiError("badResumptionToken", "The resumption token is not one this repository issued.");
  }
  const parsed = ZOaiListState.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
  if (!parsed.success) throw new OaiError("badResumptionToken", "The resumption token is not one this repository issued.");
  if (parsed.data.verb !== verb) throw new OaiError("badResumptionToken", `The resumption token belongs to ${parsed.data.verb}, not ${verb}.`);
  if (parsed.data.expires < now.getTime()) {
    throw new OaiError("badResumptionToken", `The resumption token expired at ${new Date(parsed.data.expires).toISOString()}; start the list again.`);
  }
  return parsed.data;
}
