import "server-only";
import type { Prisma } from "@prisma/client";

// What a header needs (ListIdentifiers) and what a full record needs (ListRecords, GetRecord).
export const OAI_HEADER_SELECT = {
  id: true,
  updatedAt: true,
  status: true,
  library: { select: { countryCode: true } },
  institution: { select: { slug: true, names: true } },
  subjects: { select: { code: true, names: true } },
  collectionItems: { select: { collection: { select: { slug: true, library: { select: { countryCode: true } } } } } },
} satisfies Prisma.ResourceSelect;

export const OAI_RECORD_SELECT = {
  ...OAI_HEADER_SELECT,
  title: true,
  description: true,
  authors: true,
  keywords: true,
  languages: true,
  educationalLevel: true,
  learningResourceType: true,
  courseName: true,
  license: true,
  year: true,
  sourceUrl: true,
  publishedAt: true,
  files: {
    where: { replacedById: null },
    select: { id: true, originalName: true, mediaType: true, size: true, sha256: true, thumbnailHash: true, thumbnailWidth: true, thumbnailHeight: true },
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.ResourceSelect;

export type TOaiHeaderRow = Prisma.ResourceGetPayload<{ select: typeof OAI_HEADER_SELECT }>;
export type TOaiRecordRow = Prisma.ResourceGetPayload<{ select: typeof OAI_RECORD_SELECT }>;
