import "server-only";
import type { Prisma } from "@prisma/client";

// What a resource is loaded with wherever it is shown whole (its page, the API's resource and
// lists): toPublicResource takes exactly this shape.
export const RESOURCE_INCLUDE = {
  library: { select: { countryCode: true, names: true } },
  institution: { select: { slug: true, names: true } },
  subjects: { select: { code: true, names: true } },
  files: {
    where: { replacedById: null },
    select: { id: true, originalName: true, size: true, mediaType: true, sha256: true, processingStatus: true, processingError: true, thumbnailHash: true, thumbnailWidth: true, thumbnailHeight: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.ResourceInclude;
