import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { ZInstitutionForm } from "@/lib/schemas/admin";
import { getDb } from "@/lib/server/database/get-db";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { createInstitution } from "@/lib/server/institutions/create-institution";
import { listInstitutions } from "@/lib/server/institutions/list-institutions";
import { updateInstitution } from "@/lib/server/institutions/update-institution";
import { setLibraryHost } from "@/lib/server/libraries/set-library-host";
import { createTestUser } from "../support/factories";

const db = getDb();
afterAll(() => db.$disconnect());
const slug = () => `inst-${Math.random().toString(36).slice(2, 8)}`;
const form = (overrides: Record<string, string>) =>
  ZInstitutionForm.parse({ countryCode: "UZ", slug: slug(), nameEn: "Test Institute", emailDomains: "", ...overrides });

describe("institutions", () => {
  it("a librarian adds and renames institutions of their own country only", async () => {
    const librarian = await createTestUser(db, { role: "LIBRARIAN", country: "UZ" });
    const created = await createInstitution(librarian, form({ nameLocal: "Sinov instituti", emailDomains: "sinov-test.uz" }));
    expect(created.names).toEqual({ en: "Test Institute", "uz-Latn": "Sinov instituti" });
    await updateInstitution(librarian, { id: created.id, nameEn: "Renamed Institute", nameRu: "Институт", nameLocal: undefined, emailDomains: ["sinov-test.uz", "student.sinov-test.uz"] });
    const renamed = await db.institution.findUniqueOrThrow({ where: { id: created.id } });
    expect(renamed.names).toMatchObject({ en: "Renamed Institute", ru: "Институт" });
    expect(renamed.emailDomains).toEqual(["sinov-test.uz", "student.sinov-test.uz"]);
    await expect(createInstitution(librarian, form({ countryCode: "KZ" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const kz = await db.institution.findUniqueOrThrow({ where: { slug: "enu" } });
    await expect(updateInstitution(librarian, { id: kz.id, nameEn: "Hijacked", emailDomains: [] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listInstitutions(librarian)).every((i) => i.countryCode === "UZ")).toBe(true);
    const { events } = await listAuditEvents({ viewer: librarian });
    expect(events.find((e) => e.entityId === created.id && e.action === "institution.update")?.before).toMatchObject({ names: { en: "Test Institute" } });
    expect(events.every((e) => e.countryCode === "UZ")).toBe(true);
  });

  it("refuses a slug or a domain that is taken", async () => {
    const admin = await createTestUser(db, { role: "ADMIN" });
    await expect(createInstitution(admin, form({ slug: "tuit" }))).rejects.toThrow(/taken/);
    const error = await createInstitution(admin, form({ emailDomains: "tuit.uz" })).catch((e: AppError) => e);
    expect(error).toMatchObject({ code: "CONFLICT", message: 'The domain tuit.uz already belongs to the institution "tuit".' });
  });
});

describe("library hosts", () => {
  it("only admins change a host, only to an institution of that country", async () => {
    const admin = await createTestUser(db, { role: "ADMIN" });
    const librarian = await createTestUser(db, { role: "LIBRARIAN", country: "KG" });
    await expect(setLibraryHost(librarian, { countryCode: "KG", institution: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setLibraryHost(admin, { countryCode: "KG", institution: "tuit" })).rejects.toMatchObject({ code: "VALIDATION" });
    await setLibraryHost(admin, { countryCode: "KG", institution: "" });
    expect((await db.library.findUniqueOrThrow({ where: { countryCode: "KG" } })).hostInstitutionId).toBeNull();
    await setLibraryHost(admin, { countryCode: "KG", institution: "kstu" });
    const host = await db.library.findUniqueOrThrow({ where: { countryCode: "KG" }, include: { hostInstitution: true } });
    expect(host.hostInstitution?.slug).toBe("kstu");
  });
});
