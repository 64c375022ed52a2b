import { readJsonBody } from "@/lib/http/read-json-body";
import { ZCollectionItems } from "@/lib/schemas/collection";
import { authenticated } from "@/lib/server/auth/authenticated";
import { getCollection } from "@/lib/server/collections/get-collection";
import { setCollectionItems } from "@/lib/server/collections/set-collection-items";
import { toPublicCollection } from "@/lib/server/collections/to-public-collection";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ id: string }> };

// PUT /api/v1/collections/{id}/items {"resources": [ids in order]}: the librarian's whole
// ordered list at once (add, remove and reorder in one request, all or nothing).
export const PUT = authenticated<TContext>("staff", async (request, { params, viewer }) => {
  const { id } = await params;
  await setCollectionItems(viewer!, id, await readJsonBody(request, ZCollectionItems));
  return Response.json(toPublicCollection((await getCollection({ viewer, id }))!));
});
