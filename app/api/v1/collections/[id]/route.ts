import { notFound } from "@/lib/errors";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { authenticated } from "@/lib/server/auth/authenticated";
import { getCollection } from "@/lib/server/collections/get-collection";
import { toPublicCollection } from "@/lib/server/collections/to-public-collection";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ id: string }> };

// GET /api/v1/collections/{id}: the collection with its resources in order (those the caller may see).
export const GET = authenticated<TContext>("anyone", async (_request, { params, viewer }) => {
  const { id } = await params;
  const collection = await getCollection({ viewer, id });
  if (!collection) throw notFound("collection");
  return Response.json(toPublicCollection(collection), { headers: { "Cache-Control": "private, no-cache" } });
});

const refuseMethod = methodNotAllowed("GET");
export { refuseMethod as PUT, refuseMethod as PATCH, refuseMethod as POST, refuseMethod as DELETE };
