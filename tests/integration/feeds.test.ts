import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { resourceWhere } from "@/lib/authz/resource-where";
import { getEnv } from "@/lib/env";
import { getDb } from "@/lib/server/database/get-db";
import { getCollectionFeed } from "@/lib/server/feeds/get-collection-feed";
import { getLibraryFeed } from "@/lib/server/feeds/get-library-feed";
import { getResourcesFeed } from "@/lib/server/feeds/get-resources-feed";
import { getSitemapFile } from "@/lib/server/sitemaps/get-sitemap-file";
import { getSitemapIndex } from "@/lib/server/sitemaps/get-sitemap-index";
import { listSitemapResources } from "@/lib/server/sitemaps/list-sitemap-resources";

const db = getDb();
afterAll(() => db.$disconnect());
const base = getEnv().PUBLIC_URL;

// Other test files publish resources at the same time; ours are published "in the future"
// (hours ahead, one minute apart) so they are certainly the newest in every feed.
const ahead = (minutes: number) => new Date(Date.now() + 6 * 3600_000 + minutes * 60_000);

async function seed(country: string, options: { status?: "PUBLISHED" | "WITHDRAWN" | "DRAFT"; visibility?: "PUBLIC" | "NETWORK"; minutes: number }) {
  const library = await db.library.findUniqueOrThrow({ where: { countryCode: country } });
  const institution = await db.institution.findFirstOrThrow({ where: { countryCode: country } });
  const tag = randomBytes(4).toString("hex");
  return db.resource.create({
    data: {
      libraryId: library.id,
      institutionId: institution.id,
      status: options.status ?? "PUBLISHED",
      visibility: options.visibility ?? "PUBLIC",
      publishedAt: options.status === "DRAFT" ? null : ahead(options.minutes),
      title: { ru: `Лента ${tag}`, en: `Feed ${tag}` },
      description: { ru: "Описание для ленты." },
      authors: [{ name: "Test Author" }],
      languages: ["ru"],
      license: "https://creativecommons.org/licenses/by/4.0/",
      subjects: { connect: [{ code: "0541" }] },
    },
  });
}

const entryIds = (feed: { entries: { id: string }[] } | null) => feed?.entries.map((e) => e.id.replace("urn:uuid:", "")) ?? [];

describe("resource feeds", () => {
  it("list only public published resources, newest publication first, with current files", async () => {
    const older = await seed("TJ", { minutes: 1 });
    const newer = await seed("TJ", { minutes: 2 });
    const network = await seed("TJ", { minutes: 3, visibility: "NETWORK" });
    const withdrawn = await seed("TJ", { minutes: 4, status: "WITHDRAWN" });
    const draft = await seed("TJ", { minutes: 5, status: "DRAFT" });
    const uz = await seed("UZ", { minutes: 6 });
    const file = (name: string, replacedById: string | null = null) =>
      db.resourceFile.create({ data: { resourceId: older.id, objectKey: `test/${randomBytes(8).toString("hex")}`, originalName: name, size: 2048n, mediaType: "application/pdf", sha256: randomBytes(32).toString("hex"), replacedById } });
    const current = await file("v2.pdf");
    await file("v1.pdf", current.id); // an earlier version: not an enclosure

    const all = await getResourcesFeed();
    expect(all.entries.length).toBeLessThanOrEqual(50);
    expect(entryIds(all).slice(0, 3)).toEqual([uz.id, newer.id, older.id]);
    for (const hidden of [network, withdrawn, draft]) expect(entryIds(all)).not.toContain(hidden.id);
    const published = all.entries.map((e) => e.published.getTime());
    expect(published).toEqual([...published].sort((a, b) => b - a));
    expect(all.updated.getTime()).toBe(Math.max(...all.entries.map((e) => e.updated.getTime())));

    const entry = all.entries.find((e) => e.id === `urn:uuid:${older.id}`)!;
    expect(entry.title).toEqual({ text: (older.title as Record<string, string>).ru, lang: "ru" }); // the resource's language
    expect(entry.links.filter((l) => l.rel === "enclosure")).toEqual([
      { rel: "enclosure", href: `${base}/api/v1/resources/${older.id}/files/${current.id}/download`, type: "application/pdf", length: 2048, title: "v2.pdf" },
    ]);
    expect(entry.categories).toEqual([{ term: "0541", label: "Mathematics" }]);

    const tj = await getLibraryFeed("tj");
    expect(entryIds(tj).slice(0, 2)).toEqual([newer.id, older.id]);
    expect(entryIds(tj)).not.toContain(uz.id);
    expect(tj?.links.find((l) => l.rel === "self")?.href).toBe(`${base}/feeds/libraries/TJ.atom`);
    expect(await getLibraryFeed("XX")).toBeNull();
    expect(await getLibraryFeed("uzb")).toBeNull();
  });

  it("of a collection list its public published items, latest published first", async () => {
    const [first, second, network, draft, withdrawn] = [
      await seed("KG", { minutes: 10 }),
      await seed("KG", { minutes: 12 }),
      await seed("KG", { minutes: 13, visibility: "NETWORK" }),
      await seed("KG", { minutes: 14, status: "DRAFT" }),
      await seed("KG", { minutes: 15, status: "WITHDRAWN" }),
    ];
    const outside = await seed("KG", { minutes: 16 });
    const library = await db.library.findUniqueOrThrow({ where: { countryCode: "KG" } });
    const slug = `feed-${randomBytes(4).toString("hex")}`;
    const collection = await db.collection.create({
      data: {
        libraryId: library.id,
        slug,
        title: { ky: "Курс", en: "Course" },
        description: { en: "Materials of the course." },
        // Course order: the first published goes first; the feed shows the newest first.
        items: { create: [first, second, network, draft, withdrawn].map((r, i) => ({ resourceId: r.id, position: i + 1 })) },
      },
    });
    const feed = await getCollectionFeed(collection.id);
    expect(entryIds(feed)).toEqual([second.id, first.id]);
    expect(entryIds(feed)).not.toContain(outside.id);
    expect(feed?.title.text).toContain("Course");
    expect(feed?.subtitle).toEqual({ text: "Materials of the course.", lang: "en" });
    expect(feed?.links.find((l) => l.rel === "alternate")?.href).toBe(`${base}/collections/kg/${slug}`);
    expect(await getCollectionFeed("0190a4b2-7c1e-7000-8000-00000000dead")).toBeNull();
    expect(await getCollectionFeed("not-a-uuid")).toBeNull();

    const pages = (await getSitemapFile(0))!.map((u) => u.loc);
    expect(pages).toEqual(expect.arrayContaining([`${base}/`, `${base}/search`, `${base}/collections`, `${base}/collections/kg/${slug}`]));
  });
});

describe("sitemaps", () => {
  it("split public published resources into keyset ranges that cover each exactly once", async () => {
    const visible = await seed("KZ", { minutes: 20 });
    const hidden = [await seed("KZ", { minutes: 21, visibility: "NETWORK" }), await seed("KZ", { minutes: 22, status: "WITHDRAWN" })];
    const snapshot = async () => new Set((await db.resource.findMany({ where: resourceWhere(null, "download"), select: { id: true } })).map((r) => r.id));
    const before = await snapshot();
    const size = Math.max(2, Math.ceil(before.size / 7));
    const paged: string[] = [];
    for (let part = 0; ; part++) {
      const rows = await listSitemapResources({ part, size });
      if (!rows) break;
      expect(rows.length).toBeLessThanOrEqual(size);
      paged.push(...rows.map((r) => r.id));
    }
    const after = await snapshot();
    // Strictly increasing ids: no range overlaps another. Other test files may publish or
    // delete meanwhile, so: everything there throughout is listed, nothing never public is.
    expect(paged.every((id, i) => i === 0 || paged[i - 1]! < id)).toBe(true);
    for (const id of before) if (after.has(id)) expect(paged).toContain(id);
    for (const id of paged) expect(before.has(id) || after.has(id)).toBe(true);
    expect(paged).toContain(visible.id);
    for (const h of hidden) expect(paged).not.toContain(h.id);
    expect(await listSitemapResources({ part: 0, size: 1 })).toHaveLength(1);

    const index = await getSitemapIndex();
    expect(index.map((s) => s.loc)).toEqual([`${base}/sitemaps/0.xml`, `${base}/sitemaps/1.xml`]); // fewer than 50,000
    const file = (await getSitemapFile(1))!;
    expect(file.find((u) => u.loc === `${base}/resources/${visible.id}`)?.lastmod).toEqual(visible.updatedAt);
    expect(await getSitemapFile(2)).toBeNull();
  });
});
