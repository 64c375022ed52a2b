import { notFound } from "@/lib/errors";
import { nodeToWebStream } from "@/lib/http/node-to-web-stream";
import { authenticated } from "@/lib/server/auth/authenticated";
import { getFileForDownload } from "@/lib/server/files/get-file-for-download";
import { thumbnailKey } from "@/lib/server/processing/thumbnail-key";
import { getObjectStore } from "@/lib/storage/get-object-store";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ id: string; fileId: string }> };

// A file's thumbnail (WebP), for whoever may download the file. Pages link to it with
// ?v=<hash>, so it is cached for a year: a new picture comes under a new address. Shared caches
// may keep it only when anyone could see it.
export const GET = authenticated<TContext>("anyone", async (request, { params, viewer }) => {
  const { id, fileId } = await params;
  const file = await getFileForDownload({ viewer, resourceId: id, fileId });
  if (!file?.thumbnailHash) throw notFound("thumbnail");
  const etag = `"${file.thumbnailHash}"`;
  const headers = new Headers({
    ETag: etag,
    "Content-Type": "image/webp",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": `${viewer ? "private" : "public"}, max-age=31536000, immutable`,
    "Content-Security-Policy": "default-src 'none'; sandbox",
  });
  if (request.headers.get("if-none-match")?.split(",").some((t) => t.trim() === etag)) return new Response(null, { status: 304, headers });
  const stream = await getObjectStore().get(thumbnailKey(file.id));
  return new Response(nodeToWebStream(stream), { headers });
});
