import { z } from "zod";
import { AppError } from "@/lib/errors";
import { authenticated } from "@/lib/server/auth/authenticated";
import { getResourceById } from "@/lib/server/resources/get-resource-by-id";
import { publishResource } from "@/lib/server/resources/publish-resource";
import { toPublicResource } from "@/lib/server/resources/to-public-resource";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ id: string }> };

const ZBody = z.object({ version: z.number().int().positive().optional() }).strict();

export const POST = authenticated<TContext>("staff", async (request, { params, viewer }) => {
  const text = await request.text();
  let body: unknown = {};
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    throw new AppError("BAD_REQUEST", "The body is not valid JSON.");
  }
  const parsed = ZBody.safeParse(body);
  if (!parsed.success) throw new AppError("VALIDATION", "The body may only carry {\"version\": <number>}.");
  const { id } = await params;
  await publishResource(viewer!, { id, version: parsed.data.version });
  const resource = await getResourceById({ viewer, id });
  return Response.json(toPublicResource(resource!));
});
