import { ZDownloadHeaders, ZDownloadQuery, ZThumbnailHeaders, ZThumbnailQuery } from "@/lib/schemas/file-download";
import { ZPageQuery } from "@/lib/schemas/pagination";
import { RESPONSE_SCHEMAS as R } from "../api-components";
import type { TApiOperation } from "../api-operation";
import { EXAMPLE_FILE_ID, EXAMPLE_RESOURCE_ID, ZFilePath, ZResourcePath } from "./path-params";

const fileHeaders = {
  ETag: "The file's SHA-256, quoted.",
  "Accept-Ranges": "bytes",
  "Content-Disposition": "attachment (or inline with ?inline=1), with the original name as RFC 6266 filename*.",
};

const download = (method: "get" | "head"): TApiOperation => ({
  method,
  path: "/api/v1/resources/{id}/files/{fileId}/download",
  operationId: method === "get" ? "downloadFile" : "checkFile",
  tag: "Files",
  summary: method === "get" ? "Download a file" : "A file's headers, without its bytes",
  description:
    "For anyone when the resource is public, for signed-in members when it is network-only, for its owner and its library's staff while it is a draft or withdrawn. Each whole download (or range from byte 0) is counted. When the server hands downloads to S3 (S3_PUBLIC_URL), the answer is a 302 to a short-lived address.",
  access: "anyone",
  pathParams: ZFilePath,
  query: ZDownloadQuery,
  headers: ZDownloadHeaders,
  responses: {
    200: { description: "The whole file.", mediaType: "application/octet-stream", headers: fileHeaders },
    206: { description: "The range asked for.", mediaType: "application/octet-stream", headers: { ...fileHeaders, "Content-Range": "bytes start-end/size" } },
    302: { description: "Fetch the file from object storage at Location (valid DOWNLOAD_URL_SECONDS).", headers: { Location: "A presigned address." } },
    304: { description: "The file has not changed (If-None-Match)." },
  },
  errors: [404, 416],
  example: { path: `/api/v1/resources/${EXAMPLE_RESOURCE_ID}/files/${EXAMPLE_FILE_ID}/download` },
});

// A resource's files: which there are, their bytes and their thumbnails.
export const FILE_OPERATIONS: TApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/resources/{id}/files",
    operationId: "listResourceFiles",
    tag: "Files",
    summary: "A resource's current files",
    description: "Not the earlier versions they replaced; oldest upload first. Empty for a withdrawn resource, except for those who may still download its files.",
    access: "anyone",
    pathParams: ZResourcePath,
    query: ZPageQuery,
    responses: { 200: { description: "A page of files with their download and thumbnail addresses.", schema: R.ResourceFilePage } },
    errors: [400, 404],
    example: { path: `/api/v1/resources/${EXAMPLE_RESOURCE_ID}/files` },
  },
  download("get"),
  download("head"),
  {
    method: "get",
    path: "/api/v1/resources/{id}/files/{fileId}/thumbnail",
    operationId: "getFileThumbnail",
    tag: "Files",
    summary: "A file's thumbnail",
    description: "A small WebP picture (a PDF's first page, an image, a video frame), for whoever may download the file; cached for a year under its ?v= address.",
    access: "anyone",
    pathParams: ZFilePath,
    query: ZThumbnailQuery,
    headers: ZThumbnailHeaders,
    responses: {
      200: { description: "The picture.", mediaType: "image/webp", headers: { ETag: "The picture's hash, quoted." } },
      304: { description: "The picture has not changed (If-None-Match)." },
    },
    errors: [404],
    example: { path: `/api/v1/resources/${EXAMPLE_RESOURCE_ID}/files/${EXAMPLE_FILE_ID}/thumbnail` },
  },
];
