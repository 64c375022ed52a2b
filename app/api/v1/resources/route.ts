import { readJsonBody } from "@/lib/http/read-json-body";
import { readQuery } from "@/lib/http/read-query";
import { ZResourceCreate } from "@/lib/schemas/resource";
import { ZResourceListQuery } from "@/lib/schemas/resource-list";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { authenticated } from "@/lib/server/auth/authenticated";
import { createResource } from "@/lib/server/resources/create-resource";
import { getResourceById } from "@/lib/server/resources/get-resource-by-id";
import { listResources } from "@/lib/server/resources/list-resources";
import { toPublicResource } from "@/lib/server/resources/to-public-resource";

export const dynamic = "force-dynamic";

// GET /api/v1/resources[?library=&institution=&status=&updated_since=&limit=&cursor=]: what the
// caller may read, newest published first (or oldest change first with updated_since).
export const GET = authenticated("anyone", async (request, { viewer }) => {
  const page = await listResources({ viewer, query: readQuery(request, ZResourceListQuery) });
  return Response.json(
    { items: page.items.map(toPublicResource), next_cursor: page.nextCursor },
    { headers: { "Cache-Control": viewer ? "private, no-cache" : "public, max-age=30", Vary: "Cookie, Authorization" } },
  );
});

// POST /api/v1/resources: a new draft (see README for the body). Answers 201 with the resource.
export const POST = authenticated("signedIn", async (request, { viewer }) => {
  const input = await readJsonBody(request, ZResourceCreate);
  const id = await createResource(viewer!, input);
  const resource = await getResourceById({ viewer, id });
  return Response.json(toPublicResource(resource!), { status: 201, headers: { Location: `/api/v1/resources/${id}` } });
});

const refuseMethod = methodNotAllowed("GET, POST");
export { refuseMethod as PUT, refuseMethod as PATCH, refuseMethod as DELETE };
