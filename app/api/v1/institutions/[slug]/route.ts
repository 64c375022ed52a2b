import { notFound } from "@/lib/errors";
import { authenticated } from "@/lib/server/auth/authenticated";
import { getPublicInstitution } from "@/lib/server/institutions/get-public-institution";
import { toPublicInstitution } from "@/lib/server/institutions/to-public-institution";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ slug: string }> };

// GET /api/v1/institutions/{slug}: one partner institution.
export const GET = authenticated<TContext>("anyone", async (_request, { params }) => {
  const institution = await getPublicInstitution((await params).slug.toLowerCase());
  if (!institution) throw notFound("institution");
  return Response.json(toPublicInstitution(institution), { headers: { "Cache-Control": "public, max-age=60" } });
});
