import type { TMaybeViewer, TResourceStatus, TRole } from "./types";

// Every permission in Kitab, answered in one place. Domain queries build their `where`
// from the same rules (resource-where.ts and friends), so a page, a route and an action
// cannot disagree about who may do what.

export type TResourceTarget = {
  countryCode: string;
  uploaderId: string | null;
  status: TResourceStatus;
  visibility: "PUBLIC" | "NETWORK";
};

export type TPermission =
  | { action: "resource.read" | "resource.download"; resource: TResourceTarget }
  | { action: "resource.create"; countryCode: string }
  | { action: "resource.update" | "resource.submit"; resource: TResourceTarget }
  | { action: "resource.review" | "resource.withdraw"; resource: TResourceTarget }
  | { action: "user.manage"; countryCode: string | null }
  | { action: "user.assignRole"; countryCode: string | null; from: TRole; to: TRole }
  | { action: "institution.manage" | "collection.manage"; countryCode: string }
  | { action: "library.manage" }
  | { action: "audit.read"; countryCode: string | null }
  | { action: "stats.read"; countryCode: string | null };

// Roles a librarian may give and take within their country; librarians and admins are appointed by admins.
export const LIBRARIAN_ASSIGNABLE: readonly TRole[] = ["STUDENT", "CONTRIBUTOR"];

// Statuses in which a contributor may still change their own resource.
export const CONTRIBUTOR_EDITABLE: readonly TResourceStatus[] = ["DRAFT", "CHANGES_REQUESTED", "SUBMITTED"];

export function can(viewer: TMaybeViewer, permission: TPermission): boolean {
  if (permission.action === "resource.read" || permission.action === "resource.download") {
    const r = permission.resource;
    // A withdrawn resource keeps its page (a tombstone) for everyone; its files only for staff and its uploader.
    const open = permission.action === "resource.read" ? ["PUBLISHED", "WITHDRAWN"] : ["PUBLISHED"];
    if (open.includes(r.status)) {
      if (r.visibility === "PUBLIC" || viewer) return true;
    }
    if (!viewer) return false;
    return viewer.role === "ADMIN" || isLibrarianOf(viewer, r.countryCode) || r.uploaderId === viewer.id;
  }
  if (!viewer) return false;
  const admin = viewer.role === "ADMIN";
  switch (permission.action) {
    case "resource.create":
      return admin || (["CONTRIBUTOR", "LIBRARIAN"].includes(viewer.role) && viewer.countryCode === permission.countryCode);
    case "resource.update":
    case "resource.submit": {
      const r = permission.resource;
      if (admin || isLibrarianOf(viewer, r.countryCode)) return true;
      return (
        viewer.role === "CONTRIBUTOR" &&
        r.uploaderId === viewer.id &&
        viewer.countryCode === r.countryCode &&
        CONTRIBUTOR_EDITABLE.includes(r.status)
      );
    }
    case "resource.review":
    case "resource.withdraw":
      return admin || isLibrarianOf(viewer, permission.resource.countryCode);
    case "user.manage":
      return admin || (permission.countryCode !== null && isLibrarianOf(viewer, permission.countryCode));
    case "user.assignRole":
      if (admin) return true;
      return (
        permission.countryCode !== null &&
        isLibrarianOf(viewer, permission.countryCode) &&
        LIBRARIAN_ASSIGNABLE.includes(permission.from) &&
        LIBRARIAN_ASSIGNABLE.includes(permission.to)
      );
    case "institution.manage":
    case "collection.manage":
      return admin || isLibrarianOf(viewer, permission.countryCode);
    case "library.manage":
      return admin;
    case "audit.read":
    case "stats.read":
      return admin || (permission.countryCode !== null && isLibrarianOf(viewer, permission.countryCode));
  }
}

function isLibrarianOf(viewer: NonNullable<TMaybeViewer>, countryCode: string): boolean {
  return viewer.role === "LIBRARIAN" && viewer.countryCode !== null && viewer.countryCode === countryCode;
}

export function isStaff(viewer: TMaybeViewer): boolean {
  return viewer?.role === "LIBRARIAN" || viewer?.role === "ADMIN";
}
