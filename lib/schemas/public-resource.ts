import { z } from "zod";
import { ZTranslations } from "./translations";

// What the API may say about a resource: no object keys, no uploader identity, no internals.
export const ZPublicResourceFile = z.object({
  id: z.string(),
  name: z.string(),
  size: z.number().int(),
  mediaType: z.string(),
  sha256: z.string(),
  thumbnail: z.object({ url: z.string(), width: z.number().int(), height: z.number().int() }).nullable(),
  downloadUrl: z.string().meta({ description: "Where the file is downloaded (GET, with Range and If-None-Match); add ?inline=1 to preview it." }),
});

export const ZPublicResource = z.object({
  id: z.string(),
  status: z.enum(["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "PUBLISHED", "REJECTED", "WITHDRAWN"]),
  visibility: z.enum(["PUBLIC", "NETWORK"]),
  library: z.string(),
  institution: z.string(),
  title: ZTranslations,
  description: ZTranslations,
  authors: z.array(z.object({ name: z.string(), orcid: z.string().optional() })),
  subjects: z.array(z.string()),
  keywords: z.array(z.string()),
  languages: z.array(z.string()),
  level: z.string().nullable(),
  type: z.string().nullable(),
  courseName: z.string().nullable(),
  license: z.string().nullable(),
  year: z.number().int().nullable(),
  sourceId: z.string().nullable(),
  version: z.number().int(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string().meta({ description: "Last change (ISO 8601); the updated_since of the next incremental sync." }),
  files: z.array(ZPublicResourceFile),
});

export type TPublicResource = z.infer<typeof ZPublicResource>;
