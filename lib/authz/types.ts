export type TRole = "STUDENT" | "CONTRIBUTOR" | "LIBRARIAN" | "ADMIN";

export type TResourceStatus = "DRAFT" | "SUBMITTED" | "CHANGES_REQUESTED" | "PUBLISHED" | "REJECTED" | "WITHDRAWN";

// The signed-in person as every permission check sees them; null is an anonymous visitor.
// countryCode is their institution's country (null for a network admin without one).
export type TViewer = {
  id: string;
  email: string;
  name: string;
  role: TRole;
  institutionId: string | null;
  countryCode: string | null;
};

export type TMaybeViewer = TViewer | null;

export const ROLES: readonly TRole[] = ["STUDENT", "CONTRIBUTOR", "LIBRARIAN", "ADMIN"];
