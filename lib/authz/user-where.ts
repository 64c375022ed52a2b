import type { Prisma } from "@prisma/client";
import type { TMaybeViewer } from "./types";

// Accounts a viewer may manage: all for an admin, their country's for a librarian, none otherwise.
export function manageableUserWhere(viewer: TMaybeViewer): Prisma.UserWhereInput {
  if (viewer?.role === "ADMIN") return {};
  if (viewer?.role === "LIBRARIAN" && viewer.countryCode) return { institution: { countryCode: viewer.countryCode } };
  return { id: { in: [] } };
}

// The same for institutions and audit events, which carry a country directly.
export function manageableCountryWhere(viewer: TMaybeViewer): { countryCode?: string | { in: string[] } } {
  if (viewer?.role === "ADMIN") return {};
  if (viewer?.role === "LIBRARIAN" && viewer.countryCode) return { countryCode: viewer.countryCode };
  return { countryCode: { in: [] } };
}
