import { z } from "zod";

// GET /api/v1/resources/{id}/files/{fileId}/download
export const ZDownloadQuery = z.object({
  inline: z
    .string()
    .optional()
    .meta({ description: "1: show images, video, audio, text and PDFs inline (a preview: not counted as a download, sandboxed). Anything else: an attachment." }),
});

export const ZDownloadHeaders = z.object({
  Range: z.string().optional().meta({ description: "One byte range (bytes=0-1023, bytes=1024-, bytes=-500): answered 206, or 416 when outside the file." }),
  "If-Range": z.string().optional().meta({ description: "The ETag the range was taken from; when the file changed, the whole file comes back." }),
  "If-None-Match": z.string().optional().meta({ description: "An ETag (the file's SHA-256 in quotes) already held: answered 304." }),
});

// GET /api/v1/resources/{id}/files/{fileId}/thumbnail: the address pages use carries the
// picture's hash, so a changed picture comes under a new address and each can be cached for a year.
export const ZThumbnailQuery = z.object({
  v: z.string().optional().meta({ description: "The thumbnail's hash, as in the thumbnail.url the API gives; only makes the address unique." }),
});

export const ZThumbnailHeaders = z.object({
  "If-None-Match": z.string().optional().meta({ description: "The thumbnail's ETag already held: answered 304." }),
});
