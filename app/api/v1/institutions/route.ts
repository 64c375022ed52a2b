import { readQuery } from "@/lib/http/read-query";
import { ZInstitutionListQuery } from "@/lib/schemas/public-institution";
import { authenticated } from "@/lib/server/auth/authenticated";
import { listPublicInstitutions } from "@/lib/server/institutions/list-public-institutions";
import { toPublicInstitution } from "@/lib/server/institutions/to-public-institution";

export const dynamic = "force-dynamic";

// GET /api/v1/institutions[?library=UZ&limit=&cursor=]: the partner institutions by short name.
export const GET = authenticated("anyone", async (request) => {
  const page = await listPublicInstitutions(readQuery(request, ZInstitutionListQuery));
  return Response.json({ items: page.items.map(toPublicInstitution), next_cursor: page.nextCursor }, { headers: { "Cache-Control": "public, max-age=60" } });
});
