import { AppError } from "@/lib/errors";
import { authenticated } from "@/lib/server/auth/authenticated";
import { answerOaiRequest } from "@/lib/server/oai/answer-oai-request";

export const dynamic = "force-dynamic";

const MAX_BODY = 64 * 1024;
const xml = (body: string) => new Response(body, { headers: { "Content-Type": "text/xml; charset=utf-8", "Cache-Control": "no-store" } });

// OAI-PMH 2.0 (GET with a query, or POST with a form body). Public: it lists only public,
// published resources and their deletions.
export const GET = authenticated("anyone", async (request) => xml(await answerOaiRequest({ pairs: [...new URL(request.url).searchParams] })));

export const POST = authenticated("anyone", async (request) => {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "OAI-PMH requests by POST are sent as application/x-www-form-urlencoded.");
  }
  const body = await request.text();
  if (body.length > MAX_BODY) throw new AppError("PAYLOAD_TOO_LARGE", "An OAI-PMH request is a few arguments; this one is too large.");
  return xml(await answerOaiRequest({ pairs: [...new URLSearchParams(body)] }));
}, { readOnly: true });
