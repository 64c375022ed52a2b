import { readJsonBody } from "@/lib/http/read-json-body";
import { readQuery } from "@/lib/http/read-query";
import { ZCollectionCreateRequest, ZCollectionListQuery } from "@/lib/schemas/collection-api";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { authenticated } from "@/lib/server/auth/authenticated";
import { createCollection } from "@/lib/server/collections/create-collection";
import { getCollection } from "@/lib/server/collections/get-collection";
import { listCollections } from "@/lib/server/collections/list-collections";
import { toPublicCollection } from "@/lib/server/collections/to-public-collection";

export const dynamic = "force-dynamic";

// GET /api/v1/collections[?library=UZ]: every collection, or one library's.
export const GET = authenticated("anyone", async (request, { viewer }) => {
  const { library } = readQuery(request, ZCollectionListQuery);
  const collections = await listCollections({ viewer, library });
  return Response.json({ items: collections.map(toPublicCollection) }, { headers: { "Cache-Control": "private, max-age=60" } });
});

// POST /api/v1/collections {"library", "slug", "titleLang", "title", "description"?}: a new, empty collection.
export const POST = authenticated("staff", async (request, { viewer }) => {
  const created = await createCollection(viewer!, await readJsonBody(request, ZCollectionCreateRequest));
  const collection = await getCollection({ viewer, id: created.id });
  return Response.json(toPublicCollection(collection!), { status: 201, headers: { Location: `/api/v1/collections/${created.id}` } });
});

const refuseMethod = methodNotAllowed("GET, POST");
export { refuseMethod as PUT, refuseMethod as PATCH, refuseMethod as DELETE };
