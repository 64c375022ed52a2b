import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { can } from "@/lib/authz/can";
import { resourceWhere } from "@/lib/authz/resource-where";
import type { TMaybeViewer, TResourceStatus, TRole } from "@/lib/authz/types";
import { getDb } from "@/lib/server/database/get-db";
import { getResourceById } from "@/lib/server/resources/get-resource-by-id";
import { createTestResource, createTestUser } from "../support/factories";

// The queries and can() must agree on every combination: the page that lists, the page that
// shows and the action that changes a resource all see the same world.
const db = getDb();
const STATUSES: TResourceStatus[] = ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "PUBLISHED", "REJECTED", "WITHDRAWN"];
const ROLES: (TRole | "ANON")[] = ["ANON", "STUDENT", "CONTRIBUTOR", "LIBRARIAN", "ADMIN"];

type TFixture = Awaited<ReturnType<typeof createTestResource>> & { countryCode: string };
const viewers = new Map<string, TMaybeViewer>();
const resources: TFixture[] = [];

beforeAll(async () => {
  for (const role of ROLES) viewers.set(role, role === "ANON" ? null : await createTestUser(db, { role, country: role === "ADMIN" ? null : "UZ" }));
  const contributor = viewers.get("CONTRIBUTOR")!;
  for (const country of ["UZ", "KZ"]) {
    for (const status of STATUSES) {
      for (const visibility of ["PUBLIC", "NETWORK"] as const) {
        for (const uploaderId of [null, contributor.id]) {
          if (country === "KZ" && uploaderId) continue; // a UZ contributor has no KZ uploads
          resources.push({ ...(await createTestResource(db, { country, status, visibility, uploaderId })), countryCode: country });
        }
      }
    }
  }
});

afterAll(async () => {
  await db.resource.deleteMany({ where: { id: { in: resources.map((r) => r.id) } } });
  await db.$disconnect();
});

describe("resource queries agree with can()", () => {
  for (const role of ROLES) {
    for (const [action, permission] of [
      ["read", "resource.read"],
      ["download", "resource.download"],
      ["update", "resource.update"],
      ["review", "resource.review"],
    ] as const) {
      it(`${role.toLowerCase()} · ${action}`, async () => {
        const viewer = viewers.get(role)!;
        const found = await db.resource.findMany({
          where: { AND: [{ id: { in: resources.map((r) => r.id) } }, resourceWhere(viewer, action)] },
          select: { id: true },
        });
        const foundIds = new Set(found.map((r) => r.id));
        for (const r of resources) {
          const target = { countryCode: r.countryCode, uploaderId: r.uploaderId, status: r.status, visibility: r.visibility };
          const allowed = can(viewer, { action: permission, resource: target });
          expect({ resource: `${r.countryCode} ${r.status} ${r.visibility} ${r.uploaderId ? "own" : "other's"}`, visible: foundIds.has(r.id) }).toEqual({
            resource: `${r.countryCode} ${r.status} ${r.visibility} ${r.uploaderId ? "own" : "other's"}`,
            visible: allowed,
          });
        }
      });
    }
  }

  it("answers null for a malformed or unknown id, never an error", async () => {
    for (const id of ["not-a-uuid", "'; DROP TABLE \"Resource\"; --", "00000000-0000-7000-8000-000000000000", "x".repeat(5000)]) {
      await expect(getResourceById({ viewer: null, id })).resolves.toBeNull();
    }
  });
});
