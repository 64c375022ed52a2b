import "server-only";
import { resourceWhere } from "@/lib/authz/resource-where";
import type { TViewer } from "@/lib/authz/types";
import { TYPES } from "@/lib/schemas/resource";
import { getDb } from "@/lib/server/database/get-db";

// Submissions waiting for this librarian (their library's; every library's for an admin), oldest first.
export async function listReviewQueue(options: { viewer: TViewer; institution?: string; type?: string }) {
  return getDb().resource.findMany({
    where: {
      AND: [
        resourceWhere(options.viewer, "review"),
        { status: "SUBMITTED" },
        options.institution ? { institution: { slug: options.institution } } : {},
        options.type && options.type in TYPES ? { learningResourceType: TYPES[options.type as keyof typeof TYPES] } : {},
      ],
    },
    orderBy: { submittedAt: "asc" },
    take: 200,
    include: { institution: { select: { slug: true, names: true } }, uploader: { select: { name: true } }, library: { select: { countryCode: true } } },
  });
}
