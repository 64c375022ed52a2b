import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { ZResourceCreate, ZResourcePatch } from "@/lib/schemas/resource";
import { getDb } from "@/lib/server/database/get-db";
import { createResource } from "@/lib/server/resources/create-resource";
import { transitionResource } from "@/lib/server/resources/transition-resource";
import { updateResource } from "@/lib/server/resources/update-resource";
import { createTestUser } from "../support/factories";

const db = getDb();
afterAll(() => db.$disconnect());

const complete = {
  description: { ru: "Учебник для первого курса." },
  authors: [{ name: "Айгуль Сейтова", orcid: "0000-0002-1825-0097" }],
  subjects: ["0541"],
  languages: ["ru", "kk"],
  level: "bachelor",
  type: "textbook",
  license: "CC BY-SA 4.0",
  year: 2025,
};

describe("creating and editing resources", () => {
  it("a contributor creates a draft with only a title, completes it, submits it; a librarian publishes it", async () => {
    const contributor = await createTestUser(db, { role: "CONTRIBUTOR", country: "KZ" });
    const id = await createResource(contributor, ZResourceCreate.parse({ library: "kz", title: { ru: "Высшая математика" } }));
    const draft = await db.resource.findUniqueOrThrow({ where: { id } });
    expect(draft).toMatchObject({ status: "DRAFT", uploaderId: contributor.id, version: 1 });
    await expect(transitionResource(contributor, id, "submit")).rejects.toMatchObject({ code: "VALIDATION", details: { fieldErrors: { license: ["Choose a Creative Commons licence."] } } });
    const version = await updateResource(contributor, id, ZResourcePatch.parse({ ...complete, version: 1 }));
    const saved = await db.resource.findUniqueOrThrow({ where: { id }, include: { subjects: true } });
    expect(saved).toMatchObject({ license: "https://creativecommons.org/licenses/by-sa/4.0/", educationalLevel: "BACHELOR", learningResourceType: "TEXTBOOK", version: 2 });
    expect(saved.subjects.map((s) => s.code)).toEqual(["0541"]);
    await expect(transitionResource(contributor, id, "submit", { version })).resolves.toEqual({ status: "SUBMITTED", version: 3 });
    await expect(transitionResource(contributor, id, "publish")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const librarian = await createTestUser(db, { role: "LIBRARIAN", country: "KZ" });
    await transitionResource(librarian, id, "publish", { version: 3 });
    const notes = await db.notification.findMany({ where: { userId: contributor.id, resourceId: id } });
    expect(notes.map((n) => n.message)).toEqual(["“Высшая математика” was published."]);
    await expect(updateResource(contributor, id, ZResourcePatch.parse({ year: 2024, version: 4 }))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("tells the second of two editors that the resource changed meanwhile, and keeps the first edit", async () => {
    const librarian = await createTestUser(db, { role: "LIBRARIAN", country: "UZ" });
    const id = await createResource(librarian, ZResourceCreate.parse({ library: "UZ", institution: "tsue", title: { "uz-Latn": "Iqtisodiyot" } }));
    await updateResource(librarian, id, ZResourcePatch.parse({ year: 2020, version: 1 }));
    const error = await updateResource(librarian, id, ZResourcePatch.parse({ year: 1999, version: 1 })).catch((e: AppError) => e);
    expect(error).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("now version 2") });
    expect((await db.resource.findUniqueOrThrow({ where: { id } })).year).toBe(2020);
  });

  it("keeps other countries' resources out of reach and refuses bad fields with messages", async () => {
    const uz = await createTestUser(db, { role: "CONTRIBUTOR", country: "UZ" });
    await expect(createResource(uz, ZResourceCreate.parse({ library: "KZ", title: { ru: "x" } }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createResource(uz, ZResourceCreate.parse({ library: "UZ", institution: "tsue", title: { ru: "x" } }))).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(createResource(uz, ZResourceCreate.parse({ library: "UZ", title: { ru: "x" }, subjects: ["9898"] }))).rejects.toThrow(/Unknown ISCED-F subject code: 9898/);
    const issues = (input: unknown) => ZResourcePatch.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];
    expect(issues({ version: 1, title: { ru: "" } })).toEqual(["title.ru: A title must not be empty."]);
    expect(issues({ version: 1, year: 3000 })[0]).toMatch(/^year: The year cannot be after/);
    expect(issues({ version: 1, license: "All rights reserved" })[0]).toMatch(/^license: .*Choose CC BY/);
    expect(issues({ version: 1, description: { ru: "x".repeat(1_000_000) } })).toEqual(["description.ru: Use at most 20,000 characters."]);
    expect(issues({ version: 1, level: "phd" })[0]).toMatch(/^level: Choose a level: bachelor/);
    expect(issues({ year: 2020 })).toEqual(["version: Send the version you edited (optimistic lock)."]);
    expect(issues({ version: 1, status: "PUBLISHED" })[0]).toMatch(/Unrecognized key/);
  });
});

describe("review decisions", () => {
  const submitted = async (country: string) => {
    const contributor = await createTestUser(db, { role: "CONTRIBUTOR", country });
    const id = await createResource(contributor, ZResourceCreate.parse({ library: country, title: { en: "Thermodynamics" }, ...complete }));
    await transitionResource(contributor, id, "submit");
    return { contributor, id };
  };

  it("requests changes with a comment the contributor sees, who resubmits; rejects with a reason", async () => {
    const librarian = await createTestUser(db, { role: "LIBRARIAN", country: "TJ" });
    const { contributor, id } = await submitted("TJ");
    await expect(transitionResource(librarian, id, "request-changes")).rejects.toMatchObject({ code: "VALIDATION" });
    await transitionResource(librarian, id, "request-changes", { reason: "Add the exercises' answers." });
    expect(await db.resource.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "CHANGES_REQUESTED", statusReason: "Add the exercises' answers." });
    await transitionResource(contributor, id, "submit");
    await transitionResource(librarian, id, "reject", { reason: "Duplicate of an existing textbook." });
    expect((await db.resource.findUniqueOrThrow({ where: { id } })).status).toBe("REJECTED");
    const notes = await db.notification.findMany({ where: { userId: contributor.id }, orderBy: { createdAt: "asc" } });
    expect(notes.map((n) => n.kind)).toEqual(["resource.request-changes", "resource.reject"]);
    expect(notes[0]!.message).toContain("Add the exercises' answers.");
    const actions = (await db.auditEvent.findMany({ where: { entityId: id }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["resource.create", "resource.submit", "resource.request-changes", "resource.submit", "resource.reject"]);
  });

  it("a KZ librarian cannot review a UZ submission; withdrawing needs a published resource and a reason", async () => {
    const kz = await createTestUser(db, { role: "LIBRARIAN", country: "KZ" });
    const uz = await createTestUser(db, { role: "LIBRARIAN", country: "UZ" });
    const { id } = await submitted("UZ");
    for (const action of ["publish", "request-changes", "reject", "withdraw"] as const) {
      await expect(transitionResource(kz, id, action, { reason: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(transitionResource(uz, id, "withdraw", { reason: "Outdated" })).rejects.toMatchObject({ code: "CONFLICT", message: "A submitted resource cannot be withdrawn." });
    await transitionResource(uz, id, "publish");
    await transitionResource(uz, id, "withdraw", { reason: "Outdated edition" });
    expect(await db.resource.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "WITHDRAWN", statusReason: "Outdated edition" });
  });
});
