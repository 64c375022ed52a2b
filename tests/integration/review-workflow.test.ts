import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/database/get-db";
import { transitionResource } from "@/lib/server/resources/transition-resource";
import { createTestResource, createTestUser } from "../support/factories";

const db = getDb();
afterAll(() => db.$disconnect());

describe("publishing", () => {
  it("a librarian of another country cannot publish, even with the id (404); their own can", async () => {
    const uz = await createTestUser(db, { role: "LIBRARIAN", country: "UZ" });
    const kz = await createTestUser(db, { role: "LIBRARIAN", country: "KZ" });
    const draft = await createTestResource(db, { country: "KZ", status: "SUBMITTED" });
    await expect(transitionResource(uz, draft.id, "publish")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.resource.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("SUBMITTED");
    await transitionResource(kz, draft.id, "publish");
    const published = await db.resource.findUniqueOrThrow({ where: { id: draft.id } });
    expect(published).toMatchObject({ status: "PUBLISHED", version: 2 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: draft.id, action: "resource.publish" } });
    expect(audit).toMatchObject({ actorId: kz.id, countryCode: "KZ", before: { status: "SUBMITTED" }, after: { status: "PUBLISHED" } });
  });

  it("of two librarians publishing at once, one wins and the other is told", async () => {
    const a = await createTestUser(db, { role: "LIBRARIAN", country: "TJ" });
    const b = await createTestUser(db, { role: "LIBRARIAN", country: "TJ" });
    const submitted = await createTestResource(db, { country: "TJ", status: "SUBMITTED" });
    const results = await Promise.allSettled([transitionResource(a, submitted.id, "publish", { version: 1 }), transitionResource(b, submitted.id, "publish", { version: 1 })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT" });
    expect(await db.auditEvent.count({ where: { entityId: submitted.id, action: "resource.publish" } })).toBe(1);
  });

  it("refuses to publish a draft that was never submitted", async () => {
    const librarian = await createTestUser(db, { role: "LIBRARIAN", country: "UZ" });
    const draft = await createTestResource(db, { country: "UZ", status: "DRAFT" });
    await expect(transitionResource(librarian, draft.id, "publish")).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
