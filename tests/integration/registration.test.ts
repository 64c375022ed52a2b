import { afterAll, describe, expect, it, vi } from "vitest";
import { acceptInvitation } from "@/lib/server/auth/accept-invitation";
import { registerUser } from "@/lib/server/auth/register-user";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { verifyEmail } from "@/lib/server/auth/verify-email";
import { logger } from "@/lib/log/logger";
import { getDb } from "@/lib/server/database/get-db";
import { inviteUsers } from "@/lib/server/users/invite-users";
import { createTestUser } from "../support/factories";

const db = getDb();
afterAll(() => db.$disconnect());

// Without SMTP_URL the message goes to the log; the test reads the link from there.
async function linkFrom<T>(run: () => Promise<T>): Promise<{ result: T; token: string }> {
  const info = vi.spyOn(logger, "info").mockImplementation(() => {});
  try {
    const result = await run();
    const logged = info.mock.calls.map((c) => JSON.stringify(c)).join("\n");
    const token = /token=([A-Za-z0-9_-]+)/.exec(logged)?.[1];
    if (!token) throw new Error(`no link in the log:\n${logged}`);
    return { result, token };
  } finally {
    info.mockRestore();
  }
}

const unique = () => Math.random().toString(36).slice(2, 8);
const ip = () => `192.0.2.${Math.floor(Math.random() * 250)}`;

describe("registration", () => {
  it("makes a partner-domain address a STUDENT of its institution, who signs in after confirming", async () => {
    const email = `aziza.${unique()}@student.tuit.uz`;
    const { result, token } = await linkFrom(() => registerUser({ name: "Aziza Karimova", email, password: "paxta-dalasi-2026" }));
    expect(result).toEqual({ email, institution: "tuit" });
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { institution: true } });
    expect(user).toMatchObject({ role: "STUDENT", emailVerifiedAt: null });
    expect(user.institution?.slug).toBe("tuit");
    await expect(verifyCredentials({ email, password: "paxta-dalasi-2026", ip: ip() })).rejects.toThrow("EmailNotVerified");
    await verifyEmail(token);
    await expect(verifyCredentials({ email, password: "paxta-dalasi-2026", ip: ip() })).resolves.toMatchObject({ id: user.id });
    await expect(verifyEmail(token)).rejects.toThrow(/expired or has already been used/);
  });

  it("refuses other domains and existing accounts with a message on the email field", async () => {
    await expect(registerUser({ name: "X", email: `x.${unique()}@gmail.com`, password: "paxta-dalasi-2026" })).rejects.toMatchObject({
      code: "VALIDATION",
      details: { fieldErrors: { email: ["This email domain does not belong to a partner institution. Use your university email address."] } },
    });
    const email = `dup.${unique()}@enu.kz`;
    await linkFrom(() => registerUser({ name: "First", email, password: "paxta-dalasi-2026" }));
    await expect(registerUser({ name: "Second", email, password: "paxta-dalasi-2026" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("does not accept a look-alike domain", async () => {
    await expect(registerUser({ name: "X", email: `x.${unique()}@nottuit.uz`, password: "paxta-dalasi-2026" })).rejects.toMatchObject({ code: "VALIDATION" });
  });
});

describe("invitation acceptance", () => {
  it("sets the invitee's name and password once", async () => {
    const librarian = await createTestUser(db, { role: "LIBRARIAN", country: "KZ" });
    const email = `invited.${unique()}@enu.kz`;
    const { token } = await linkFrom(() => inviteUsers(librarian, [{ email, role: "CONTRIBUTOR", institution: "enu" }]));
    await acceptInvitation({ token, name: "Нұрлан Сейітов", password: "dala-keng-jaz-2026" });
    await expect(verifyCredentials({ email, password: "dala-keng-jaz-2026", ip: ip() })).resolves.toMatchObject({ name: "Нұрлан Сейітов" });
    await expect(acceptInvitation({ token, name: "Again", password: "dala-keng-jaz-2027" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("refuses an expired link", async () => {
    const librarian = await createTestUser(db, { role: "LIBRARIAN", country: "KZ" });
    const email = `late.${unique()}@enu.kz`;
    const { token } = await linkFrom(() => inviteUsers(librarian, [{ email, role: "STUDENT", institution: "enu" }]));
    await db.userToken.updateMany({ where: { user: { email } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(acceptInvitation({ token, name: "Late", password: "dala-keng-jaz-2026" })).rejects.toThrow(/expired/);
  });
});
