import { notFound } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-json-body";
import { ZTransition } from "@/lib/schemas/resource";
import { authenticated } from "@/lib/server/auth/authenticated";
import { getResourceById } from "@/lib/server/resources/get-resource-by-id";
import { toPublicResource } from "@/lib/server/resources/to-public-resource";
import { TRANSITIONS, transitionResource, type TTransition } from "@/lib/server/resources/transition-resource";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ id: string; action: string }> };

// POST /api/v1/resources/{id}/submit | publish | request-changes | reject | withdraw
// Body (optional): {"version": n, "reason": "…"}; a reason is required to request changes,
// reject or withdraw.
export const POST = authenticated<TContext>("signedIn", async (request, { params, viewer }) => {
  const { id, action } = await params;
  if (!TRANSITIONS.includes(action as TTransition)) throw notFound();
  const body = await readJsonBody(request, ZTransition);
  await transitionResource(viewer!, id, action as TTransition, body);
  const resource = await getResourceById({ viewer, id });
  return Response.json(toPublicResource(resource!));
});
