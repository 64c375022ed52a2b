import { AppError, notFound } from "@/lib/errors";
import { can } from "./can";
import type { TMaybeViewer } from "./types";

// What a statistics request covers: one library (its country code) or the whole network.
export type TStatsScope = string;
export const NETWORK = "network";

// The statistics a viewer may read: a librarian their own library's, an admin any library's
// and the network's. Another library is "not found", as everywhere in Kitab; the network,
// which plainly exists, is forbidden to librarians.
export function assertStatsScope(viewer: TMaybeViewer, scope: TStatsScope): void {
  if (!viewer) throw new AppError("UNAUTHENTICATED", "Sign in first.");
  const countryCode = scope === NETWORK ? null : scope;
  if (can(viewer, { action: "stats.read", countryCode })) return;
  if (countryCode === null && viewer.role === "LIBRARIAN") throw new AppError("FORBIDDEN", "Only network admins see the whole network's statistics.");
  throw notFound("library");
}

// What the dashboard shows without a choice: a librarian their library, an admin the network.
export function defaultStatsScope(viewer: NonNullable<TMaybeViewer>): TStatsScope {
  return viewer.role === "LIBRARIAN" && viewer.countryCode ? viewer.countryCode : NETWORK;
}

// The library's country code for a query's filter, or null for the network.
export function scopeCountry(scope: TStatsScope): string | null {
  return scope === NETWORK ? null : scope;
}
