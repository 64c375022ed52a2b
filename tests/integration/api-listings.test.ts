import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { TMaybeViewer } from "@/lib/authz/types";
import { ZPageQuery } from "@/lib/schemas/pagination";
import { ZInstitutionListQuery } from "@/lib/schemas/public-institution";
import { ZResourceListQuery } from "@/lib/schemas/resource-list";
import { getDb } from "@/lib/server/database/get-db";
import { listResourceFiles } from "@/lib/server/files/list-resource-files";
import { getPublicInstitution } from "@/lib/server/institutions/get-public-institution";
import { listPublicInstitutions } from "@/lib/server/institutions/list-public-institutions";
import { getLibrary } from "@/lib/server/libraries/get-library";
import { listResources } from "@/lib/server/resources/list-resources";
import { createTestUser } from "../support/factories";

const db = getDb();
afterAll(() => db.$disconnect());
const unique = () => randomBytes(4).toString("hex");

// An institution of its own per test, so listings filtered by it see only the test's rows.
async function createInstitution(country: string) {
  const slug = `api-${unique()}`;
  return db.institution.create({ data: { slug, countryCode: country, names: { en: `Listing test ${slug}` } } });
}

type TSeed = { status?: "DRAFT" | "PUBLISHED" | "WITHDRAWN"; publishedAt?: Date | null; visibility?: "PUBLIC" | "NETWORK"; uploaderId?: string };

async function createResource(institution: { id: string; countryCode: string }, seed: TSeed = {}) {
  const library = await db.library.findUniqueOrThrow({ where: { countryCode: institution.countryCode } });
  const status = seed.status ?? "PUBLISHED";
  return db.resource.create({
    data: {
      libraryId: library.id,
      institutionId: institution.id,
      status,
      visibility: seed.visibility ?? "PUBLIC",
      uploaderId: seed.uploaderId ?? null,
      publishedAt: seed.publishedAt === undefined ? (status === "DRAFT" ? null : new Date()) : seed.publishedAt,
      title: { en: `Listed ${unique()}` },
    },
  });
}

// Follows next_cursor to the end, calling during() after each page.
async function walk(viewer: TMaybeViewer, query: Record<string, string>, during: (page: number) => Promise<void> = async () => {}) {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 100; page++) {
    const result = await listResources({ viewer, query: ZResourceListQuery.parse({ ...query, ...(cursor ? { cursor } : {}) }) });
    seen.push(...result.items.map((r) => r.id));
    await during(page);
    if (!result.nextCursor) return seen;
    cursor = result.nextCursor;
  }
  throw new Error("the walk did not end");
}

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

describe("listing resources a page at a time", () => {
  it("visits every published resource exactly once, newest first, while others are published during the walk", async () => {
    const institution = await createInstitution("UZ");
    const tie = minutesAgo(30);
    const original = [
      await createResource(institution, { publishedAt: minutesAgo(50) }),
      await createResource(institution, { publishedAt: tie }),
      await createResource(institution, { publishedAt: tie }),
      await createResource(institution, { publishedAt: tie }),
      await createResource(institution, { publishedAt: minutesAgo(10) }),
      await createResource(institution, { publishedAt: minutesAgo(5) }),
      await createResource(institution, { publishedAt: minutesAgo(1) }),
    ];
    const added: string[] = [];
    const seen = await walk(null, { institution: institution.slug, limit: "2" }, async (page) => {
      // Newly published (before the cursor) and back-dated (after it) resources alike.
      added.push((await createResource(institution, { publishedAt: new Date() })).id);
      if (page === 0) added.push((await createResource(institution, { publishedAt: minutesAgo(40) })).id);
    });
    expect(new Set(seen).size).toBe(seen.length);
    for (const r of original) expect(seen.filter((id) => id === r.id)).toHaveLength(1);
    expect(seen).toContain(added[1]); // back-dated behind the cursor: still ahead of the walk
    expect(seen[0]).toBe(original[6]!.id);
    const publishedTimes = (await db.resource.findMany({ where: { id: { in: seen } }, select: { id: true, publishedAt: true } })).reduce<Record<string, number>>(
      (times, r) => ({ ...times, [r.id]: r.publishedAt!.getTime() }),
      {},
    );
    const times = seen.map((id) => publishedTimes[id]!);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("lists published resources without a publication date too, before the dated ones", async () => {
    const institution = await createInstitution("KG");
    const undated = [await createResource(institution, { publishedAt: null }), await createResource(institution, { publishedAt: null })];
    const dated = [await createResource(institution, { publishedAt: minutesAgo(2) }), await createResource(institution, { publishedAt: minutesAgo(1) })];
    const seen = await walk(null, { institution: institution.slug, limit: "1" });
    expect(seen).toEqual([undated[1]!.id, undated[0]!.id, dated[1]!.id, dated[0]!.id]);
  });

  it("with updated_since lists the changes oldest first and reaches what is added during the walk", async () => {
    const institution = await createInstitution("KG");
    const before = await createResource(institution);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const since = new Date();
    const original = [];
    for (let i = 0; i < 5; i++) original.push(await createResource(institution));
    const added: string[] = [];
    const seen = await walk(null, { institution: institution.slug, limit: "2", updated_since: since.toISOString() }, async (page) => {
      if (page < 2) added.push((await createResource(institution)).id);
    });
    expect(seen).not.toContain(before.id);
    expect([...seen].sort()).toEqual([...original.map((r) => r.id), ...added].sort());
    expect(seen.slice(0, 5)).toEqual(original.map((r) => r.id));
  });

  it("filters by library, institution and status, and lists drafts only to those who may see them", async () => {
    const uz = await createInstitution("UZ");
    const kz = await createInstitution("KZ");
    const uzContributor = await createTestUser(db, { role: "CONTRIBUTOR", country: "UZ" });
    const published = await createResource(uz);
    const network = await createResource(uz, { visibility: "NETWORK" });
    const uzDraft = await createResource(uz, { status: "DRAFT", uploaderId: uzContributor.id });
    const kzDraft = await createResource(kz, { status: "DRAFT" });
    const kzPublished = await createResource(kz);
    const withdrawn = await createResource(uz, { status: "WITHDRAWN" });

    expect(await walk(null, { institution: uz.slug })).toEqual([published.id]);
    const member = await createTestUser(db, { role: "STUDENT", country: "KG" });
    expect((await walk(member, { institution: uz.slug })).sort()).toEqual([published.id, network.id].sort());
    expect(await walk(null, { institution: uz.slug, status: "WITHDRAWN" })).toEqual([withdrawn.id]);
    expect(await walk(null, { library: "kz", institution: kz.slug })).toEqual([kzPublished.id]);
    expect(await walk(null, { library: "UZ", institution: kz.slug })).toEqual([]);

    // Drafts: the owner and their library's staff, never another country's.
    const kzLibrarian = await createTestUser(db, { role: "LIBRARIAN", country: "KZ" });
    const uzLibrarian = await createTestUser(db, { role: "LIBRARIAN", country: "UZ" });
    expect(await walk(null, { institution: uz.slug, status: "DRAFT" })).toEqual([]);
    expect(await walk(kzLibrarian, { institution: uz.slug, status: "DRAFT" })).toEqual([]);
    expect(await walk(kzLibrarian, { status: "DRAFT", limit: "100" })).not.toContain(uzDraft.id);
    expect(await walk(kzLibrarian, { institution: kz.slug, status: "DRAFT" })).toEqual([kzDraft.id]);
    expect(await walk(uzLibrarian, { institution: uz.slug, status: "DRAFT" })).toEqual([uzDraft.id]);
    expect(await walk(uzContributor, { status: "DRAFT", limit: "100" })).toEqual([uzDraft.id]);
    expect(await walk(uzContributor, { institution: kz.slug, status: "DRAFT" })).toEqual([]);
  });

  it("refuses a cursor that is garbage or belongs to another list", async () => {
    const institution = await createInstitution("TJ");
    await createResource(institution);
    await createResource(institution);
    const first = await listResources({ viewer: null, query: ZResourceListQuery.parse({ institution: institution.slug, limit: "1" }) });
    expect(first.nextCursor).toEqual(expect.any(String));
    const sync = await listResources({ viewer: null, query: ZResourceListQuery.parse({ institution: institution.slug, limit: "1", updated_since: "2020-01-01T00:00:00Z" }) });
    for (const cursor of ["not-a-cursor", Buffer.from('["published","yesterday","x"]').toString("base64url"), sync.nextCursor!]) {
      await expect(listResources({ viewer: null, query: ZResourceListQuery.parse({ cursor }) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    expect(ZResourceListQuery.safeParse({ limit: "0" }).success).toBe(false);
    expect(ZResourceListQuery.safeParse({ limit: "101" }).success).toBe(false);
    expect(ZResourceListQuery.safeParse({ updated_since: "last week" }).success).toBe(false);
  });
});

describe("listing institutions", () => {
  it("walks one library's institutions by short name, each once, including one added during the walk", async () => {
    // Other tests add institutions meanwhile: those that existed before the walk must all come.
    const before = await db.institution.findMany({ where: { countryCode: "UZ" }, select: { slug: true } });
    const seen: string[] = [];
    let cursor: string | undefined;
    let added: string | undefined;
    do {
      const page = await listPublicInstitutions(ZInstitutionListQuery.parse({ library: "uz", limit: "2", ...(cursor ? { cursor } : {}) }));
      seen.push(...page.items.map((i) => i.slug));
      added ??= (await db.institution.create({ data: { slug: `zz-${unique()}`, countryCode: "UZ", names: { en: "Added during the walk" } } })).slug;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort());
    expect(seen).toEqual(expect.arrayContaining([...before.map((i) => i.slug), added, "tuit"]));
    expect((await db.institution.findMany({ where: { slug: { in: seen } }, select: { countryCode: true } })).every((i) => i.countryCode === "UZ")).toBe(true);
    await expect(listPublicInstitutions(ZInstitutionListQuery.parse({ cursor: "bm90LWpzb24" }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("reads one institution and one library", async () => {
    expect(await getPublicInstitution("tuit")).toMatchObject({ slug: "tuit", countryCode: "UZ", hostOf: { countryCode: "UZ" } });
    expect(await getPublicInstitution("no-such-place")).toBeNull();
    expect(await getPublicInstitution("../etc")).toBeNull();
    expect(await getLibrary("KZ")).toMatchObject({ countryCode: "KZ", host: { slug: "enu" } });
    expect(await getLibrary("XX")).toBeNull();
  });
});

describe("listing a resource's files", () => {
  async function addFile(resourceId: string, replacedById: string | null = null) {
    const key = unique();
    return db.resourceFile.create({
      data: { resourceId, objectKey: `test/${key}`, originalName: `${key}.pdf`, size: 1024n, mediaType: "application/pdf", sha256: key.padEnd(64, "0"), replacedById },
    });
  }

  it("gives the current files a page at a time, and nothing of resources the viewer may not see", async () => {
    const uz = await createInstitution("UZ");
    const resource = await createResource(uz);
    const files = [await addFile(resource.id), await addFile(resource.id), await addFile(resource.id)];
    await addFile(resource.id, files[0]!.id); // an earlier version of the first

    const first = await listResourceFiles({ viewer: null, resourceId: resource.id, query: ZPageQuery.parse({ limit: "2" }) });
    const second = await listResourceFiles({ viewer: null, resourceId: resource.id, query: ZPageQuery.parse({ limit: "2", cursor: first!.nextCursor }) });
    expect([...first!.items, ...second!.items].map((f) => f.id)).toEqual(files.map((f) => f.id));
    expect(second!.nextCursor).toBeNull();
    expect(first!.items[0]).not.toHaveProperty("objectKey");

    const draft = await createResource(uz, { status: "DRAFT" });
    await addFile(draft.id);
    const kzLibrarian = await createTestUser(db, { role: "LIBRARIAN", country: "KZ" });
    expect(await listResourceFiles({ viewer: kzLibrarian, resourceId: draft.id, query: ZPageQuery.parse({}) })).toBeNull();
    expect(await listResourceFiles({ viewer: null, resourceId: "not-an-id", query: ZPageQuery.parse({}) })).toBeNull();

    // A withdrawn resource reads as a tombstone: no files, except for its library's staff.
    const withdrawn = await createResource(uz, { status: "WITHDRAWN" });
    await addFile(withdrawn.id);
    expect((await listResourceFiles({ viewer: null, resourceId: withdrawn.id, query: ZPageQuery.parse({}) }))?.items).toEqual([]);
    const uzLibrarian = await createTestUser(db, { role: "LIBRARIAN", country: "UZ" });
    expect((await listResourceFiles({ viewer: uzLibrarian, resourceId: withdrawn.id, query: ZPageQuery.parse({}) }))?.items).toHaveLength(1);
  });
});
