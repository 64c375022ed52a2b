import type { Prisma } from "@prisma/client";
import { CONTRIBUTOR_EDITABLE } from "./can";
import type { TMaybeViewer } from "./types";

// "download" is "read" without withdrawn resources: their page stays as a tombstone, their files go.
type TResourceAction = "read" | "download" | "update" | "review";

const NOTHING: Prisma.ResourceWhereInput = { id: { in: [] } };

// The Prisma filter that lets through exactly the resources can() allows: a resource the
// viewer may not touch is simply not found.
export function resourceWhere(viewer: TMaybeViewer, action: TResourceAction): Prisma.ResourceWhereInput {
  if (viewer?.role === "ADMIN") return {};
  const ownLibrary: Prisma.ResourceWhereInput =
    viewer?.role === "LIBRARIAN" && viewer.countryCode ? { library: { countryCode: viewer.countryCode } } : NOTHING;
  if (action === "review") return ownLibrary;
  if (action === "update") {
    if (!viewer) return NOTHING;
    const ownDraft: Prisma.ResourceWhereInput =
      viewer.role === "CONTRIBUTOR" && viewer.countryCode
        ? { uploaderId: viewer.id, status: { in: [...CONTRIBUTOR_EDITABLE] }, library: { countryCode: viewer.countryCode } }
        : NOTHING;
    return { OR: [ownLibrary, ownDraft] };
  }
  const published: Prisma.ResourceWhereInput = {
    status: action === "download" ? "PUBLISHED" : { in: ["PUBLISHED", "WITHDRAWN"] },
    ...(viewer ? {} : { visibility: "PUBLIC" }),
  };
  if (!viewer) return published;
  return { OR: [published, ownLibrary, { uploaderId: viewer.id }] };
}
