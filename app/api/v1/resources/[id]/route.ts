import { notFound } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-json-body";
import { ZResourcePatch } from "@/lib/schemas/resource";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { authenticated } from "@/lib/server/auth/authenticated";
import { getResourceById } from "@/lib/server/resources/get-resource-by-id";
import { toPublicResource } from "@/lib/server/resources/to-public-resource";
import { updateResource } from "@/lib/server/resources/update-resource";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ id: string }> };

export const GET = authenticated<TContext>("anyone", async (_request, { params, viewer }) => {
  const resource = await getResourceById({ viewer, id: (await params).id });
  if (!resource) throw notFound();
  return Response.json(toPublicResource(resource), { headers: { "Cache-Control": "private, no-cache" } });
});

// PATCH: change some fields of a resource, sending the version that was edited.
export const PATCH = authenticated<TContext>("signedIn", async (request, { params, viewer }) => {
  const { id } = await params;
  const patch = await readJsonBody(request, ZResourcePatch);
  await updateResource(viewer!, id, patch);
  const resource = await getResourceById({ viewer, id });
  return Response.json(toPublicResource(resource!));
});

const refuseMethod = methodNotAllowed("GET, PATCH");
export { refuseMethod as PUT, refuseMethod as POST, refuseMethod as DELETE };
