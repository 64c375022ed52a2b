import { getEnv } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { contentDisposition } from "@/lib/http/content-disposition";
import { previewKind } from "@/lib/files/preview-kind";
import { nodeToWebStream } from "@/lib/http/node-to-web-stream";
import { parseRange } from "@/lib/http/parse-range";
import { readQuery } from "@/lib/http/read-query";
import { ZDownloadQuery } from "@/lib/schemas/file-download";
import { authenticated } from "@/lib/server/auth/authenticated";
import { getFileForDownload } from "@/lib/server/files/get-file-for-download";
import { recordDownload } from "@/lib/server/files/record-download";
import { getObjectStore } from "@/lib/storage/get-object-store";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ id: string; fileId: string }> };

// Next drops Content-Length from route handlers' responses; scripts/server.mjs restores it
// from X-Kitab-Content-Length.

// Types a browser could run are only ever sent as opaque bytes.
const ACTIVE = /^(text\/html|image\/svg|application\/(xhtml|xml|javascript)|text\/(javascript|xml))/;

export const GET = authenticated<TContext>("anyone", async (request, { params, viewer }) => {
  const { id, fileId } = await params;
  const file = await getFileForDownload({ viewer, resourceId: id, fileId });
  if (!file) throw notFound("file");
  const size = Number(file.size);
  const etag = `"${file.sha256}"`;
  // ?inline=1: a preview on the resource page (images, video, audio, text only); it is not
  // counted as a download, and the response may run nothing (CSP sandbox).
  const preview = readQuery(request, ZDownloadQuery).inline === "1" ? previewKind(file.mediaType) : null;
  const contentType = ACTIVE.test(file.mediaType) ? "application/octet-stream" : preview === "text" ? "text/plain; charset=utf-8" : file.mediaType;
  const headers = new Headers({
    ETag: etag,
    "Accept-Ranges": "bytes",
    "Content-Type": contentType,
    "Content-Disposition": contentDisposition(file.originalName, preview ? "inline" : "attachment"),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, max-age=0, must-revalidate",
    ...(preview ? { "Content-Security-Policy": "default-src 'none'; sandbox" } : {}),
  });
  if (request.headers.get("if-none-match")?.split(",").some((t) => t.trim() === etag || t.trim() === "*")) {
    return new Response(null, { status: 304, headers });
  }
  const ifRange = request.headers.get("if-range");
  const range = ifRange && ifRange !== etag ? null : parseRange(request.headers.get("range"), size);
  if (range === "unsatisfiable") {
    headers.set("Content-Range", `bytes */${size}`);
    return Response.json({ error: { code: "RANGE_NOT_SATISFIABLE", message: `The file has ${size} bytes.` } }, { status: 416, headers });
  }
  const store = getObjectStore();
  const counts = request.method === "GET" && !preview && (!range || range.start === 0);
  const record = () =>
    recordDownload({
      viewer,
      resourceId: file.resourceId,
      fileId: file.id,
      libraryCountry: file.resource.library.countryCode,
      ip: clientIp(request.headers),
      userAgent: request.headers.get("user-agent") ?? "",
    });

  const env = getEnv();
  if (env.S3_PUBLIC_URL && store.presignDownload && request.method === "GET") {
    const url = await store.presignDownload(file.objectKey, { seconds: env.DOWNLOAD_URL_SECONDS, contentDisposition: headers.get("Content-Disposition")!, contentType });
    if (counts) await record();
    return new Response(null, { status: 302, headers: { Location: url, "Cache-Control": "no-store" } });
  }
  if (range) {
    headers.set("Content-Range", `bytes ${range.start}-${range.end}/${size}`);
    headers.set("X-Kitab-Content-Length", String(range.end - range.start + 1));
  } else {
    headers.set("X-Kitab-Content-Length", String(size));
  }
  const status = range ? 206 : 200;
  if (request.method === "HEAD") return new Response(null, { status, headers });
  const stream = await store.get(file.objectKey, range ?? undefined);
  if (counts) await record();
  return new Response(nodeToWebStream(stream), { status, headers });
});
