import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { getDb } from "@/lib/server/database/get-db";
import { importUsersCsv } from "@/lib/server/users/import-users-csv";
import { inviteUsers } from "@/lib/server/users/invite-users";
import { listUsers } from "@/lib/server/users/list-users";
import { setUserActive } from "@/lib/server/users/set-user-active";
import { updateUserAccess } from "@/lib/server/users/update-user-access";
import { createTestUser } from "../support/factories";

const db = getDb();
afterAll(() => db.$disconnect());

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.code : `unexpected: ${String(error)}`),
  );
const email = (name: string) => `${name}-${Math.random().toString(36).slice(2, 8)}@tuit.uz`;

describe("changing roles and institutions", () => {
  it("lets a UZ librarian make a UZ student a contributor, with an audit record of before and after", async () => {
    const librarian = await createTestUser(db, { role: "LIBRARIAN", country: "UZ" });
    const student = await createTestUser(db, { role: "STUDENT", country: "UZ" });
    await updateUserAccess(librarian, { userId: student.id, role: "CONTRIBUTOR", institution: "tsue" });
    const after = await db.user.findUniqueOrThrow({ where: { id: student.id }, include: { institution: true } });
    expect(after.role).toBe("CONTRIBUTOR");
    expect(after.institution?.slug).toBe("tsue");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: student.id, action: "user.access.update" } });
    expect(audit).toMatchObject({ actorId: librarian.id, countryCode: "UZ", before: { role: "STUDENT" }, after: { role: "CONTRIBUTOR", institution: "tsue" } });
  });

  it("hides other countries' users from a librarian (404), and keeps appointments for admins (403)", async () => {
    const librarian = await createTestUser(db, { role: "LIBRARIAN", country: "UZ" });
    const kzStudent = await createTestUser(db, { role: "STUDENT", country: "KZ" });
    const uzStudent = await createTestUser(db, { role: "STUDENT", country: "UZ" });
    expect(await codeOf(updateUserAccess(librarian, { userId: kzStudent.id, role: "CONTRIBUTOR", institution: "enu" }))).toBe("NOT_FOUND");
    expect(await codeOf(setUserActive(librarian, { userId: kzStudent.id, active: false }))).toBe("NOT_FOUND");
    expect(await codeOf(updateUserAccess(librarian, { userId: uzStudent.id, role: "LIBRARIAN", institution: "tuit" }))).toBe("FORBIDDEN");
    expect(await codeOf(updateUserAccess(librarian, { userId: uzStudent.id, role: "STUDENT", institution: "enu" }))).toBe("FORBIDDEN");
    expect((await db.user.findUniqueOrThrow({ where: { id: uzStudent.id } })).role).toBe("STUDENT");
    const { users } = await listUsers({ viewer: librarian, q: kzStudent.email });
    expect(users).toEqual([]);
  });

  it("lets an admin appoint a librarian anywhere", async () => {
    const admin = await createTestUser(db, { role: "ADMIN" });
    const kzContributor = await createTestUser(db, { role: "CONTRIBUTOR", country: "KZ" });
    await updateUserAccess(admin, { userId: kzContributor.id, role: "LIBRARIAN", institution: "enu" });
    expect((await db.user.findUniqueOrThrow({ where: { id: kzContributor.id } })).role).toBe("LIBRARIAN");
  });

  it("refuses a tampered or unknown user id with 404", async () => {
    const admin = await createTestUser(db, { role: "ADMIN" });
    expect(await codeOf(updateUserAccess(admin, { userId: "00000000-0000-7000-8000-000000000000", role: "STUDENT", institution: "tuit" }))).toBe("NOT_FOUND");
  });
});

describe("deactivation", () => {
  it("deactivates and reactivates, and refuses to deactivate oneself", async () => {
    const librarian = await createTestUser(db, { role: "LIBRARIAN", country: "KZ" });
    const student = await createTestUser(db, { role: "STUDENT", country: "KZ" });
    await setUserActive(librarian, { userId: student.id, active: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: student.id } })).active).toBe(false);
    await setUserActive(librarian, { userId: student.id, active: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: student.id } })).active).toBe(true);
    expect(await codeOf(setUserActive(librarian, { userId: librarian.id, active: false }))).toBe("FORBIDDEN");
  });
});

describe("invitations", () => {
  it("creates an invited account and a one-time link", async () => {
    const librarian = await createTestUser(db, { role: "LIBRARIAN", country: "UZ" });
    const address = email("invitee");
    await inviteUsers(librarian, [{ email: address, role: "CONTRIBUTOR", institution: "ammi" }]);
    const user = await db.user.findUniqueOrThrow({ where: { email: address }, include: { tokens: true, institution: true } });
    expect(user).toMatchObject({ role: "CONTRIBUTOR", passwordHash: null, emailVerifiedAt: null });
    expect(user.institution?.slug).toBe("ammi");
    expect(user.tokens.map((t) => t.purpose)).toEqual(["INVITATION"]);
  });

  it("imports a CSV all or nothing, naming each wrong row", async () => {
    const librarian = await createTestUser(db, { role: "LIBRARIAN", country: "UZ" });
    const good = email("good");
    const csv = [
      "email,name,role,institution",
      `${good},"Karimova, Aziza",student,tuit`,
      `not-an-email,X,student,tuit`,
      `${email("kz")},Y,student,enu`,
      `${email("boss")},Z,librarian,tuit`,
      `${email("odd")},W,SUPERUSER,tuit`,
    ].join("\n");
    const error = await importUsersCsv(librarian, csv).catch((e: AppError) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/Row 3: email/);
    expect((error as AppError).message).toMatch(/Row 6: role/);
    expect(await db.user.findUnique({ where: { email: good } })).toBeNull();

    const second = await importUsersCsv(librarian, `email,role,institution\n${email("kz")},student,enu\n${email("boss")},librarian,tuit\n`).catch((e: AppError) => e);
    expect((second as AppError).message).toMatch(/Row 2: Unknown institution "enu"/);
    expect((second as AppError).message).toMatch(/Row 3: You may not give the role LIBRARIAN/);

    const a = email("a");
    const b = email("b");
    await expect(importUsersCsv(librarian, `email,name,role,institution\n${a},A,student,tuit\n${b},B,contributor,tsue\n`)).resolves.toEqual({ invited: 2 });
    expect(await db.user.count({ where: { email: { in: [a, b] } } })).toBe(2);
    const again = await importUsersCsv(librarian, `email,role,institution\n${a},student,tuit\n`).catch((e: AppError) => e);
    expect((again as AppError).message).toMatch(/already has an account/);
  });

  it("explains a CSV without the right header or with an open quote", async () => {
    const librarian = await createTestUser(db, { role: "LIBRARIAN", country: "UZ" });
    await expect(importUsersCsv(librarian, "mail,role\nx@tuit.uz,student")).rejects.toThrow(/missing: email, institution/);
    await expect(importUsersCsv(librarian, 'email,role,institution\n"x@tuit.uz,student,tuit')).rejects.toThrow(/never closed/);
  });
});
