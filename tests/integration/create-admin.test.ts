import { verify } from "@node-rs/argon2";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/database/get-db";
import { createAdmin } from "@/lib/server/users/create-admin";
import { createTestUser } from "../support/factories";

const db = getDb();
afterAll(() => db.$disconnect());

describe("createAdmin (npm run create-admin)", () => {
  it("creates a verified admin with the given password", async () => {
    const email = `root-${Math.random().toString(36).slice(2)}@kitab.example`;
    const result = await createAdmin(db, { email, name: "Root", password: "tashkent-bahor-2026" });
    const user = await db.user.findUniqueOrThrow({ where: { id: result.id } });
    expect(user).toMatchObject({ role: "ADMIN", institutionId: null, active: true });
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(await verify(user.passwordHash!, "tashkent-bahor-2026")).toBe(true);
  });

  it("promotes an existing account, keeping its password when none is given", async () => {
    const student = await createTestUser(db, { role: "STUDENT", active: false, passwordHash: "kept" });
    await expect(createAdmin(db, { email: student.email })).resolves.toMatchObject({ created: false });
    expect(await db.user.findUniqueOrThrow({ where: { id: student.id } })).toMatchObject({ role: "ADMIN", active: true, passwordHash: "kept" });
  });

  it("refuses a weak password or a bad address", async () => {
    await expect(createAdmin(db, { email: "root@kitab.example", password: "1234567890" })).rejects.toThrow(/too common/);
    await expect(createAdmin(db, { email: "not an email", password: "tashkent-bahor-2026" })).rejects.toThrow(/valid email/);
  });
});
