import { afterAll, describe, expect, it } from "vitest";
import { ZCollectionCreate, ZCollectionItems } from "@/lib/schemas/collection";
import { createCollection } from "@/lib/server/collections/create-collection";
import { getCollection } from "@/lib/server/collections/get-collection";
import { getManagedCollection } from "@/lib/server/collections/get-managed-collection";
import { moveCollectionItem } from "@/lib/server/collections/move-collection-item";
import { setCollectionItem } from "@/lib/server/collections/set-collection-item";
import { setCollectionItems } from "@/lib/server/collections/set-collection-items";
import { getDb } from "@/lib/server/database/get-db";
import { listRelatedResources } from "@/lib/server/resources/list-related-resources";
import { createTestResource, createTestUser } from "../support/factories";

const db = getDb();
afterAll(() => db.$disconnect());
const slug = () => `course-${Math.random().toString(36).slice(2, 8)}`;

describe("collections", () => {
  it("a librarian groups their library's resources in order; visitors see only what they may read", async () => {
    const librarian = await createTestUser(db, { role: "LIBRARIAN", country: "KG" });
    const collection = await createCollection(librarian, ZCollectionCreate.parse({ library: "KG", slug: slug(), titleLang: "ky", title: "Жогорку математика курсу", description: "Биринчи семестр" }));
    const first = await createTestResource(db, { country: "KG", status: "PUBLISHED" });
    const second = await createTestResource(db, { country: "KG", status: "PUBLISHED" });
    const draft = await createTestResource(db, { country: "KG", status: "DRAFT" });
    for (const r of [second, first, draft]) await setCollectionItem(librarian, { collectionId: collection.id, resourceId: r.id, present: true });
    await setCollectionItem(librarian, { collectionId: collection.id, resourceId: first.id, present: true }); // again: no duplicate
    const anonymous = await getCollection({ viewer: null, library: "kg", slug: collection.slug });
    expect(anonymous?.items.map((i) => i.resource.id)).toEqual([second.id, first.id]);
    const asLibrarian = await getCollection({ viewer: librarian, library: "KG", slug: collection.slug });
    expect(asLibrarian?.items.map((i) => i.resource.id)).toEqual([second.id, first.id, draft.id]);
    await setCollectionItem(librarian, { collectionId: collection.id, resourceId: second.id, present: false });
    expect((await getCollection({ viewer: null, library: "KG", slug: collection.slug }))?.items.map((i) => i.resource.id)).toEqual([first.id]);
  });

  it("keeps other libraries' collections and resources out of reach", async () => {
    const kg = await createTestUser(db, { role: "LIBRARIAN", country: "KG" });
    const tj = await createTestUser(db, { role: "LIBRARIAN", country: "TJ" });
    await expect(createCollection(tj, ZCollectionCreate.parse({ library: "KG", slug: slug(), titleLang: "ru", title: "x" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const collection = await createCollection(kg, ZCollectionCreate.parse({ library: "KG", slug: slug(), titleLang: "ru", title: "Курс" }));
    const tjResource = await createTestResource(db, { country: "TJ", status: "PUBLISHED" });
    await expect(setCollectionItem(tj, { collectionId: collection.id, resourceId: tjResource.id, present: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setCollectionItem(kg, { collectionId: collection.id, resourceId: tjResource.id, present: true })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(createCollection(kg, ZCollectionCreate.parse({ library: "KG", slug: collection.slug, titleLang: "ru", title: "Again" }))).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("related resources", () => {
  it("are published ones sharing a collection or a subject, never drafts", async () => {
    const librarian = await createTestUser(db, { role: "LIBRARIAN", country: "KG" });
    const collection = await createCollection(librarian, ZCollectionCreate.parse({ library: "KG", slug: slug(), titleLang: "ru", title: "Курс" }));
    const [base, sibling, draft, bySubject, unrelated] = [
      await createTestResource(db, { country: "KG", status: "PUBLISHED" }),
      await createTestResource(db, { country: "KG", status: "PUBLISHED" }),
      await createTestResource(db, { country: "KG", status: "DRAFT" }),
      await createTestResource(db, { country: "KG", status: "PUBLISHED" }),
      await createTestResource(db, { country: "KG", status: "PUBLISHED" }),
    ];
    for (const r of [base!, sibling!, draft!]) await setCollectionItem(librarian, { collectionId: collection.id, resourceId: r.id, present: true });
    await db.resource.update({ where: { id: bySubject!.id }, data: { subjects: { connect: [{ code: "0821" }] } } });
    const related = await listRelatedResources({ viewer: null, id: base!.id, subjectCodes: ["0821"] });
    const ids = related.map((r) => r.id);
    expect(ids).toContain(sibling!.id);
    expect(ids).toContain(bySubject!.id);
    expect(ids).not.toContain(draft!.id);
    expect(ids).not.toContain(unrelated!.id);
    expect(ids).not.toContain(base!.id);
  });
});

describe("ordering a collection", () => {
  it("moves a resource up or down, and replaces the whole ordered list at once", async () => {
    const librarian = await createTestUser(db, { role: "LIBRARIAN", country: "KG" });
    const collection = await createCollection(librarian, ZCollectionCreate.parse({ library: "KG", slug: slug(), titleLang: "ru", title: "Порядок" }));
    const [a, b, c] = [
      await createTestResource(db, { country: "KG", status: "PUBLISHED" }),
      await createTestResource(db, { country: "KG", status: "PUBLISHED" }),
      await createTestResource(db, { country: "KG", status: "PUBLISHED" }),
    ];
    for (const r of [a!, b!, c!]) await setCollectionItem(librarian, { collectionId: collection.id, resourceId: r.id, present: true });
    const order = async () => (await getCollection({ viewer: null, id: collection.id }))?.items.map((i) => i.resource.id);
    await moveCollectionItem(librarian, { collectionId: collection.id, resourceId: c!.id, direction: "up" });
    expect(await order()).toEqual([a!.id, c!.id, b!.id]);
    await moveCollectionItem(librarian, { collectionId: collection.id, resourceId: a!.id, direction: "up" }); // already first
    expect(await order()).toEqual([a!.id, c!.id, b!.id]);
    await moveCollectionItem(librarian, { collectionId: collection.id, resourceId: a!.id, direction: "down" });
    expect(await order()).toEqual([c!.id, a!.id, b!.id]);

    await setCollectionItems(librarian, collection.id, ZCollectionItems.parse({ resources: [b!.id, a!.id] }));
    expect(await order()).toEqual([b!.id, a!.id]);
    const audit = await db.auditEvent.findFirst({ where: { entityId: collection.id, action: "collection.items.set" } });
    expect(audit?.before).toEqual({ resources: [c!.id, a!.id, b!.id] });
  });

  it("refuses a list with another library's resource or a repeat, and changes nothing", async () => {
    const librarian = await createTestUser(db, { role: "LIBRARIAN", country: "KG" });
    const other = await createTestUser(db, { role: "LIBRARIAN", country: "TJ" });
    const collection = await createCollection(librarian, ZCollectionCreate.parse({ library: "KG", slug: slug(), titleLang: "ru", title: "Целиком" }));
    const own = await createTestResource(db, { country: "KG", status: "PUBLISHED" });
    const foreign = await createTestResource(db, { country: "TJ", status: "PUBLISHED" });
    await setCollectionItem(librarian, { collectionId: collection.id, resourceId: own.id, present: true });
    await expect(setCollectionItems(librarian, collection.id, { resources: [own.id, foreign.id] })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(ZCollectionItems.safeParse({ resources: [own.id, own.id] }).success).toBe(false);
    await expect(setCollectionItems(other, collection.id, { resources: [] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(moveCollectionItem(other, { collectionId: collection.id, resourceId: own.id, direction: "up" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getManagedCollection({ viewer: other, id: collection.id })).toBeNull();
    expect((await getCollection({ viewer: null, id: collection.id }))?.items.map((i) => i.resource.id)).toEqual([own.id]);
    expect(await getCollection({ viewer: null, id: "not-a-uuid" })).toBeNull();
  });
});
