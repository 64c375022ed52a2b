import type { Prisma } from "@prisma/client";
import type { TViewer } from "./types";

// Collections a viewer may manage: every one for a network admin, their own library's for a
// librarian, none for anybody else (so a foreign collection is simply not found).
export function collectionWhere(viewer: TViewer): Prisma.CollectionWhereInput {
  if (viewer.role === "ADMIN") return {};
  if (viewer.role === "LIBRARIAN" && viewer.countryCode) return { library: { countryCode: viewer.countryCode } };
  return { id: { in: [] } };
}
