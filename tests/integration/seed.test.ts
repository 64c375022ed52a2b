import { verify } from "@node-rs/argon2";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/database/get-db";
import { seedDemoData } from "@/lib/server/seed/seed-demo-data";
import { seedReferenceData } from "@/lib/server/seed/seed-reference-data";

const db = getDb();

afterAll(() => db.$disconnect());

describe("reference data (seeded by the test setup, as on first start)", () => {
  it("has the five countries, each with its library", async () => {
    const libraries = await db.library.findMany({ include: { country: true }, orderBy: { countryCode: "asc" } });
    expect(libraries.map((l) => l.countryCode)).toEqual(["KG", "KZ", "TJ", "TM", "UZ"]);
    expect(libraries.find((l) => l.countryCode === "UZ")?.country.names).toMatchObject({ "uz-Latn": "Oʻzbekiston" });
  });

  it("has the partner institutions with their hosts; Turkmenistan has none yet", async () => {
    const libraries = await db.library.findMany({ include: { hostInstitution: true } });
    const host = Object.fromEntries(libraries.map((l) => [l.countryCode, l.hostInstitution?.slug ?? null]));
    expect(host).toEqual({ KZ: "enu", KG: "kstu", TJ: "tut", TM: null, UZ: "tuit" });
    const uz = await db.institution.findMany({ where: { countryCode: "UZ" }, orderBy: { slug: "asc" } });
    expect(uz.map((i) => i.slug)).toEqual(expect.arrayContaining(["ammi", "tsue", "tuit"])); // other tests add their own
    expect(uz.find((i) => i.slug === "tuit")?.emailDomains).toEqual(["tuit.uz"]);
  });

  it("has the ISCED-F tree", async () => {
    const software = await db.subject.findUnique({ where: { code: "0613" }, include: { parent: { include: { parent: true } } } });
    expect(software?.parent?.code).toBe("061");
    expect(software?.parent?.parent?.code).toBe("06");
    expect(await db.subject.count({ where: { parentCode: null } })).toBe(12);
  });

  it("adds nothing on a second run and keeps changes made in the app", async () => {
    const kz = await db.library.findUniqueOrThrow({ where: { countryCode: "KZ" } });
    const atu = await db.institution.findUniqueOrThrow({ where: { slug: "atu" } });
    await db.library.update({ where: { id: kz.id }, data: { hostInstitutionId: atu.id } });
    try {
      expect(await seedReferenceData(db)).toEqual({ created: 0 });
      expect((await db.library.findUniqueOrThrow({ where: { id: kz.id } })).hostInstitutionId).toBe(atu.id);
    } finally {
      await db.library.update({ where: { id: kz.id }, data: { hostInstitutionId: kz.hostInstitutionId } });
    }
  });
});

describe("demo data", () => {
  it("creates the demo accounts in their countries' host institutions, with argon2id passwords", async () => {
    await seedDemoData(db, "a-demo-password-for-tests");
    const users = await db.user.findMany({ where: { isDemo: true }, include: { institution: true } });
    const byEmail = new Map(users.map((u) => [u.email, u]));
    expect([...byEmail.keys()].sort()).toEqual([
      "admin@kitab.example",
      "contributor-kz@kitab.example",
      "contributor-uz@kitab.example",
      "librarian-kg@kitab.example",
      "librarian-kz@kitab.example",
      "librarian-tj@kitab.example",
      "librarian-uz@kitab.example",
      "student-kz@kitab.example",
      "student-uz@kitab.example",
    ]);
    expect(byEmail.get("admin@kitab.example")).toMatchObject({ role: "ADMIN", institutionId: null });
    expect(byEmail.get("librarian-uz@kitab.example")).toMatchObject({ role: "LIBRARIAN" });
    expect(byEmail.get("librarian-uz@kitab.example")?.institution?.countryCode).toBe("UZ");
    expect(byEmail.get("contributor-kz@kitab.example")?.institution?.countryCode).toBe("KZ");
    const hash = byEmail.get("student-kz@kitab.example")!.passwordHash!;
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verify(hash, "a-demo-password-for-tests")).toBe(true);
    expect(await verify(hash, "wrong-password")).toBe(false);
  });

  it("creates published demo resources once", async () => {
    const demo = await db.resource.findMany({ where: { isDemo: true } });
    expect(demo.length).toBeGreaterThan(0);
    expect(demo.every((r) => r.status === "PUBLISHED" && r.license?.startsWith("http"))).toBe(true);
    expect(await seedDemoData(db, "a-demo-password-for-tests")).toEqual({ created: 0 });
  });
});
