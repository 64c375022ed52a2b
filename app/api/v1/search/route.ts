import { AppError } from "@/lib/errors";
import { acceptedLanguages } from "@/lib/http/accepted-languages";
import { ZSearchParams } from "@/lib/schemas/search";
import { toFieldErrors } from "@/lib/schemas/to-field-errors";
import { authenticated } from "@/lib/server/auth/authenticated";
import { recordSearch } from "@/lib/server/search/record-search";
import { searchResources } from "@/lib/server/search/search-resources";
import { logger } from "@/lib/log/logger";

export const dynamic = "force-dynamic";

// GET /api/v1/search?q=…&library=UZ&…: see lib/schemas/search.ts for every parameter.
export const GET = authenticated("anyone", async (request, { viewer }) => {
  const url = new URL(request.url);
  const parsed = ZSearchParams.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) throw new AppError("BAD_REQUEST", parsed.error.issues[0]!.message, { fieldErrors: toFieldErrors(parsed.error) });
  const result = await searchResources({ viewer, params: parsed.data, preferredLanguages: acceptedLanguages(request.headers.get("accept-language")) });
  if (parsed.data.page === 1) await recordSearch({ viewer, query: parsed.data.q, resultCount: result.total }).catch((error: unknown) => logger.error({ err: error }, "search log not written"));
  return Response.json(result, { headers: { "Cache-Control": viewer ? "private, no-cache" : "public, max-age=30", Vary: "Accept-Language, Cookie, Authorization" } });
});
