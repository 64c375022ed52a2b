import { describe, expect, it } from "vitest";
import { can, type TResourceTarget } from "@/lib/authz/can";
import type { TMaybeViewer, TResourceStatus, TRole } from "@/lib/authz/types";

// Every role × every action × own country / other country, written out as a table so a
// reader can check the policy line by line. "own" = the viewer's country (UZ), "other" = KZ.

const viewer = (role: TRole | "ANON", id = "me"): TMaybeViewer =>
  role === "ANON" ? null : { id, email: `${id}@x`, name: id, role, institutionId: "i", countryCode: role === "ADMIN" ? null : "UZ" };

const resource = (country: "own" | "other", status: TResourceStatus, mine = false, visibility: "PUBLIC" | "NETWORK" = "PUBLIC"): TResourceTarget => ({
  countryCode: country === "own" ? "UZ" : "KZ",
  uploaderId: mine ? "me" : "someone-else",
  status,
  visibility,
});

type TRow = [string, (country: "own" | "other") => Parameters<typeof can>[1], Record<TRole | "ANON", [own: boolean, other: boolean]>];

const T = true;
const F = false;

const MATRIX: TRow[] = [
  ["read a published public resource", (c) => ({ action: "resource.read", resource: resource(c, "PUBLISHED") }),
    { ANON: [T, T], STUDENT: [T, T], CONTRIBUTOR: [T, T], LIBRARIAN: [T, T], ADMIN: [T, T] }],
  ["read a published network-only resource", (c) => ({ action: "resource.read", resource: resource(c, "PUBLISHED", false, "NETWORK") }),
    { ANON: [F, F], STUDENT: [T, T], CONTRIBUTOR: [T, T], LIBRARIAN: [T, T], ADMIN: [T, T] }],
  ["read a withdrawn resource (tombstone)", (c) => ({ action: "resource.read", resource: resource(c, "WITHDRAWN") }),
    { ANON: [T, T], STUDENT: [T, T], CONTRIBUTOR: [T, T], LIBRARIAN: [T, T], ADMIN: [T, T] }],
  ["read someone else's draft", (c) => ({ action: "resource.read", resource: resource(c, "DRAFT") }),
    { ANON: [F, F], STUDENT: [F, F], CONTRIBUTOR: [F, F], LIBRARIAN: [T, F], ADMIN: [T, T] }],
  ["read a submitted resource", (c) => ({ action: "resource.read", resource: resource(c, "SUBMITTED") }),
    { ANON: [F, F], STUDENT: [F, F], CONTRIBUTOR: [F, F], LIBRARIAN: [T, F], ADMIN: [T, T] }],
  ["read my own draft", (c) => ({ action: "resource.read", resource: resource(c, "DRAFT", true) }),
    { ANON: [F, F], STUDENT: [T, T], CONTRIBUTOR: [T, T], LIBRARIAN: [T, T], ADMIN: [T, T] }],
  ["create a resource in a library", (c) => ({ action: "resource.create", countryCode: c === "own" ? "UZ" : "KZ" }),
    { ANON: [F, F], STUDENT: [F, F], CONTRIBUTOR: [T, F], LIBRARIAN: [T, F], ADMIN: [T, T] }],
  ["edit my own draft", (c) => ({ action: "resource.update", resource: resource(c, "DRAFT", true) }),
    { ANON: [F, F], STUDENT: [F, F], CONTRIBUTOR: [T, F], LIBRARIAN: [T, F], ADMIN: [T, T] }],
  ["edit my own published resource", (c) => ({ action: "resource.update", resource: resource(c, "PUBLISHED", true) }),
    { ANON: [F, F], STUDENT: [F, F], CONTRIBUTOR: [F, F], LIBRARIAN: [T, F], ADMIN: [T, T] }],
  ["edit someone else's draft", (c) => ({ action: "resource.update", resource: resource(c, "DRAFT") }),
    { ANON: [F, F], STUDENT: [F, F], CONTRIBUTOR: [F, F], LIBRARIAN: [T, F], ADMIN: [T, T] }],
  ["submit my own draft", (c) => ({ action: "resource.submit", resource: resource(c, "DRAFT", true) }),
    { ANON: [F, F], STUDENT: [F, F], CONTRIBUTOR: [T, F], LIBRARIAN: [T, F], ADMIN: [T, T] }],
  ["review (publish, request changes, reject)", (c) => ({ action: "resource.review", resource: resource(c, "SUBMITTED") }),
    { ANON: [F, F], STUDENT: [F, F], CONTRIBUTOR: [F, F], LIBRARIAN: [T, F], ADMIN: [T, T] }],
  ["review my own submission", (c) => ({ action: "resource.review", resource: resource(c, "SUBMITTED", true) }),
    { ANON: [F, F], STUDENT: [F, F], CONTRIBUTOR: [F, F], LIBRARIAN: [T, F], ADMIN: [T, T] }],
  ["withdraw a published resource", (c) => ({ action: "resource.withdraw", resource: resource(c, "PUBLISHED") }),
    { ANON: [F, F], STUDENT: [F, F], CONTRIBUTOR: [F, F], LIBRARIAN: [T, F], ADMIN: [T, T] }],
  ["manage users", (c) => ({ action: "user.manage", countryCode: c === "own" ? "UZ" : "KZ" }),
    { ANON: [F, F], STUDENT: [F, F], CONTRIBUTOR: [F, F], LIBRARIAN: [T, F], ADMIN: [T, T] }],
  ["make a student a contributor", (c) => ({ action: "user.assignRole", countryCode: c === "own" ? "UZ" : "KZ", from: "STUDENT", to: "CONTRIBUTOR" }),
    { ANON: [F, F], STUDENT: [F, F], CONTRIBUTOR: [F, F], LIBRARIAN: [T, F], ADMIN: [T, T] }],
  ["appoint a librarian", (c) => ({ action: "user.assignRole", countryCode: c === "own" ? "UZ" : "KZ", from: "CONTRIBUTOR", to: "LIBRARIAN" }),
    { ANON: [F, F], STUDENT: [F, F], CONTRIBUTOR: [F, F], LIBRARIAN: [F, F], ADMIN: [T, T] }],
  ["demote a librarian", (c) => ({ action: "user.assignRole", countryCode: c === "own" ? "UZ" : "KZ", from: "LIBRARIAN", to: "STUDENT" }),
    { ANON: [F, F], STUDENT: [F, F], CONTRIBUTOR: [F, F], LIBRARIAN: [F, F], ADMIN: [T, T] }],
  ["manage institutions", (c) => ({ action: "institution.manage", countryCode: c === "own" ? "UZ" : "KZ" }),
    { ANON: [F, F], STUDENT: [F, F], CONTRIBUTOR: [F, F], LIBRARIAN: [T, F], ADMIN: [T, T] }],
  ["manage collections", (c) => ({ action: "collection.manage", countryCode: c === "own" ? "UZ" : "KZ" }),
    { ANON: [F, F], STUDENT: [F, F], CONTRIBUTOR: [F, F], LIBRARIAN: [T, F], ADMIN: [T, T] }],
  ["read the audit log", (c) => ({ action: "audit.read", countryCode: c === "own" ? "UZ" : "KZ" }),
    { ANON: [F, F], STUDENT: [F, F], CONTRIBUTOR: [F, F], LIBRARIAN: [T, F], ADMIN: [T, T] }],
  ["read statistics", (c) => ({ action: "stats.read", countryCode: c === "own" ? "UZ" : "KZ" }),
    { ANON: [F, F], STUDENT: [F, F], CONTRIBUTOR: [F, F], LIBRARIAN: [T, F], ADMIN: [T, T] }],
  ["manage libraries and hosts", () => ({ action: "library.manage" }),
    { ANON: [F, F], STUDENT: [F, F], CONTRIBUTOR: [F, F], LIBRARIAN: [F, F], ADMIN: [T, T] }],
];

describe("permission matrix", () => {
  for (const [label, permission, expected] of MATRIX) {
    for (const role of ["ANON", "STUDENT", "CONTRIBUTOR", "LIBRARIAN", "ADMIN"] as const) {
      it(`${role.toLowerCase()} · ${label}: own ${expected[role][0] ? "yes" : "no"}, other country ${expected[role][1] ? "yes" : "no"}`, () => {
        expect(can(viewer(role), permission("own"))).toBe(expected[role][0]);
        expect(can(viewer(role), permission("other"))).toBe(expected[role][1]);
      });
    }
  }

  it("gives nothing to a librarian or contributor without a country", () => {
    const stray: TMaybeViewer = { id: "me", email: "x", name: "x", role: "LIBRARIAN", institutionId: null, countryCode: null };
    expect(can(stray, { action: "resource.review", resource: resource("own", "SUBMITTED") })).toBe(false);
    expect(can(stray, { action: "user.manage", countryCode: null })).toBe(false);
    expect(can({ ...stray, role: "CONTRIBUTOR" }, { action: "resource.create", countryCode: "UZ" })).toBe(false);
  });
});
