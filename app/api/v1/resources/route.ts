import { readJsonBody } from "@/lib/http/read-json-body";
import { ZResourceCreate } from "@/lib/schemas/resource";
import { authenticated } from "@/lib/server/auth/authenticated";
import { createResource } from "@/lib/server/resources/create-resource";
import { getResourceById } from "@/lib/server/resources/get-resource-by-id";
import { toPublicResource } from "@/lib/server/resources/to-public-resource";

export const dynamic = "force-dynamic";

// POST /api/v1/resources: a new draft (see README for the body). Answers 201 with the resource.
export const POST = authenticated("signedIn", async (request, { viewer }) => {
  const input = await readJsonBody(request, ZResourceCreate);
  const id = await createResource(viewer!, input);
  const resource = await getResourceById({ viewer, id });
  return Response.json(toPublicResource(resource!), { status: 201, headers: { Location: `/api/v1/resources/${id}` } });
});
