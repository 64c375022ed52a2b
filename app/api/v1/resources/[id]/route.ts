import { notFound } from "@/lib/errors";
import { authenticated } from "@/lib/server/auth/authenticated";
import { getResourceById } from "@/lib/server/resources/get-resource-by-id";
import { toPublicResource } from "@/lib/server/resources/to-public-resource";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ id: string }> };

export const GET = authenticated<TContext>("anyone", async (_request, { params, viewer }) => {
  const resource = await getResourceById({ viewer, id: (await params).id });
  if (!resource) throw notFound();
  return Response.json(toPublicResource(resource), { headers: { "Cache-Control": "private, no-cache" } });
});
