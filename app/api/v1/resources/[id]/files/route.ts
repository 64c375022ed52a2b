import { notFound } from "@/lib/errors";
import { readQuery } from "@/lib/http/read-query";
import { ZPageQuery } from "@/lib/schemas/pagination";
import { authenticated } from "@/lib/server/auth/authenticated";
import { listResourceFiles } from "@/lib/server/files/list-resource-files";
import { toPublicResourceFile } from "@/lib/server/resources/to-public-resource-file";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ id: string }> };

// GET /api/v1/resources/{id}/files: the resource's current files with their download and thumbnail addresses.
export const GET = authenticated<TContext>("anyone", async (request, { params, viewer }) => {
  const { id } = await params;
  const page = await listResourceFiles({ viewer, resourceId: id, query: readQuery(request, ZPageQuery) });
  if (!page) throw notFound();
  return Response.json(
    { items: page.items.map((f) => toPublicResourceFile(id, f)), next_cursor: page.nextCursor },
    { headers: { "Cache-Control": "private, no-cache", Vary: "Cookie, Authorization" } },
  );
});
