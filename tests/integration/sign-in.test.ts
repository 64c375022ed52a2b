import { afterAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/server/auth/hash-password";
import { checkSignInRateLimit } from "@/lib/server/auth/check-sign-in-rate-limit";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { getDb } from "@/lib/server/database/get-db";
import { createTestUser } from "../support/factories";

const db = getDb();
afterAll(() => db.$disconnect());
const ip = () => `198.51.100.${Math.floor(Math.random() * 250)}`;

describe("credentials", () => {
  it("accepts the right password, refuses a wrong one or a deactivated account alike", async () => {
    const passwordHash = await hashPassword("tog-havosi-toza-2026");
    const user = await createTestUser(db, { role: "STUDENT", passwordHash });
    await expect(verifyCredentials({ email: user.email.toUpperCase(), password: "tog-havosi-toza-2026", ip: ip() })).resolves.toMatchObject({ id: user.id });
    await expect(verifyCredentials({ email: user.email, password: "wrong-password-123", ip: ip() })).resolves.toBeNull();
    await expect(verifyCredentials({ email: "nobody@tuit.uz", password: "whatever-123", ip: ip() })).resolves.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    await expect(verifyCredentials({ email: user.email, password: "tog-havosi-toza-2026", ip: ip() })).resolves.toBeNull();
  });
});

describe("sign-in rate limit", () => {
  it("limits an account after 10 failures in 15 minutes, whatever the address", async () => {
    const email = `target-${Math.random().toString(36).slice(2)}@tuit.uz`;
    for (let i = 0; i < 9; i++) await verifyCredentials({ email, password: `guess-${i}-xxxx`, ip: ip() });
    expect(await checkSignInRateLimit({ email, ip: ip() })).toEqual({ limited: false });
    await verifyCredentials({ email, password: "guess-10-xxxx", ip: ip() });
    const limit = await checkSignInRateLimit({ email, ip: ip() });
    expect(limit.limited).toBe(true);
    if (limit.limited) expect(limit.retryAfterSeconds).toBeGreaterThan(14 * 60);
  });

  it("limits an address after 10 failures across accounts, and forgets failures older than 15 minutes", async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 10; i++) await verifyCredentials({ email: `spray-${i}@tuit.uz`, password: "guess-xxxxxx", ip: address });
    expect((await checkSignInRateLimit({ email: "someone-else@tuit.uz", ip: address })).limited).toBe(true);
    await db.signInAttempt.updateMany({ where: { ip: address }, data: { createdAt: new Date(Date.now() - 16 * 60_000) } });
    expect(await checkSignInRateLimit({ email: "someone-else@tuit.uz", ip: address })).toEqual({ limited: false });
  });
});
