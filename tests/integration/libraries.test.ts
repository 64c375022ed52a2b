import { afterAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/libraries/route";
import { getDb } from "@/lib/server/database/get-db";
import { listLibraries } from "@/lib/server/libraries/list-libraries";

const db = getDb();

async function createResource(country: string, status: "DRAFT" | "PUBLISHED" | "WITHDRAWN") {
  const library = await db.library.findUniqueOrThrow({ where: { countryCode: country } });
  const institution = await db.institution.findFirstOrThrow({ where: { countryCode: country } });
  return db.resource.create({
    data: { libraryId: library.id, institutionId: institution.id, status, title: { en: `Test ${status}` } },
  });
}

const countOf = async (country: string) =>
  (await listLibraries()).find((l) => l.countryCode === country)!.publishedResourceCount;

afterAll(() => db.$disconnect());

describe("listLibraries", () => {
  it("lists the five libraries with hosts", async () => {
    const libraries = await listLibraries();
    expect(libraries.map((l) => l.countryCode)).toEqual(["KG", "KZ", "TJ", "TM", "UZ"]);
    expect(libraries.find((l) => l.countryCode === "TM")).toMatchObject({ host: null, institutionCount: 0 });
    // Other tests add institutions to the shared database, so at least the three seeded ones.
    const uz = libraries.find((l) => l.countryCode === "UZ")!;
    expect(uz.host?.slug).toBe("tuit");
    expect(uz.institutionCount).toBeGreaterThanOrEqual(3);
  });

  it("counts published resources only", async () => {
    const before = await countOf("KG");
    const created = await Promise.all([
      createResource("KG", "PUBLISHED"),
      createResource("KG", "DRAFT"),
      createResource("KG", "WITHDRAWN"),
    ]);
    expect(await countOf("KG")).toBe(before + 1);
    await db.resource.deleteMany({ where: { id: { in: created.map((r) => r.id) } } });
  });
});

describe("GET /api/v1/libraries", () => {
  it("answers the public shape and nothing more", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: Record<string, unknown>[] };
    expect(body.items).toHaveLength(5);
    const kz = body.items.find((i) => i.country === "KZ")!;
    expect(Object.keys(kz).sort()).toEqual([
      "country",
      "countryNames",
      "hostInstitution",
      "institutionCount",
      "names",
      "publishedResourceCount",
    ]);
    expect(kz.hostInstitution).toMatchObject({ slug: "enu", names: { en: "L.N. Gumilyov Eurasian National University" } });
    expect(JSON.stringify(body)).not.toMatch(/"id"|hostInstitutionId|createdAt/);
  });
});
