import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZSearchParams } from "@/lib/schemas/search";
import { getDb } from "@/lib/server/database/get-db";
import { searchResources } from "@/lib/server/search/search-resources";
import { createTestUser } from "../support/factories";
import { createSearchInstitution, publishFixtures } from "../support/search-fixtures";

const db = getDb();
let slug: string;
const ids: Record<string, string> = {};

// Our own small multilingual shelf; each search is limited to its institution.
const SHELF = {
  uzCyrl: { title: { "uz-Cyrl": "Ўқитувчилар учун методик қўлланма" }, languages: ["uz-Cyrl"] },
  uzLatn: { title: { "uz-Latn": "Maktab maʼmuriyati asoslari" }, description: { "uz-Latn": "Maktablarda boshqaruv." }, languages: ["uz-Latn"] },
  tgLatn: { title: { "uz-Latn": "Kitob va oʻquvchi" }, languages: ["uz-Latn"] },
  ru: { title: { ru: "Учебник по математическому анализу" }, description: { ru: "Пределы, производные и интегралы для студентов." }, languages: ["ru"] },
  ruYo: { title: { ru: "Ёмкость конденсаторов" }, languages: ["ru"] },
  kk: { title: { kk: "Қазақ әдебиетінің кітабы" }, description: { kk: "Абай шығармалары туралы дәрістер." }, languages: ["kk"] },
  kkLang: { title: { kk: "Қазақ тілінің грамматикасы" }, languages: ["kk"] },
  ky: { title: { ky: "Кыргыз тилиндеги окуу китептери" }, languages: ["ky"] },
  tk: { title: { tk: "Türkmen edebiýatynyň kitaplary" }, languages: ["tk"] },
  tg: { title: { tg: "Таърихи халқи тоҷик" }, description: { tg: "Китобҳои дарсӣ барои донишҷӯён." }, languages: ["tg"] },
  en: { title: { en: "Algorithms and data structures" }, description: { en: "Sorting, graphs and dynamic programming." }, languages: ["en"] },
  enRare: { title: { en: "Turbomachinery design" }, languages: ["en"] },
  ruMath: { title: { ru: "Математика для инженеров" }, languages: ["ru"] },
  inTitle: { title: { ru: "Гидравлика" }, description: { ru: "Основы." }, languages: ["ru"] },
  inKeywords: { title: { ru: "Механика жидкостей" }, keywords: ["гидравлика"], languages: ["ru"] },
  inDescription: { title: { ru: "Насосы и трубы" }, description: { ru: "Прикладная гидравлика для техникумов." }, languages: ["ru"] },
  network: { title: { en: "Members-only histology atlas" }, languages: ["en"], visibility: "NETWORK" as const },
} as const;

beforeAll(async () => {
  const institution = await createSearchInstitution(db);
  slug = institution.slug;
  const names = Object.keys(SHELF) as (keyof typeof SHELF)[];
  const created = await publishFixtures(db, institution, names.map((n) => SHELF[n]));
  names.forEach((n, i) => (ids[n] = created[i]!));
});
afterAll(() => db.$disconnect());

const search = async (q: string, extra: Record<string, string> = {}, viewer: Awaited<ReturnType<typeof createTestUser>> | null = null) =>
  searchResources({ viewer, params: ZSearchParams.parse({ q, institution: slug, ...extra }), preferredLanguages: ["en"] });
const found = async (q: string) => (await search(q)).items.map((i) => i.id);

describe("search matches across scripts and spellings", () => {
  it.each(["o'qituvchi", "oʻqituvchi", "oʼqituvchi", "o‘qituvchi", "o`qituvchi", "oqituvchi", "ўқитувчи"])("%s finds the Uzbek Cyrillic title", async (q) => {
    expect(await found(q)).toContain(ids.uzCyrl);
  });

  it("мактаб finds maktab, and Tajik китоб finds kitob", async () => {
    expect(await found("мактаб")).toContain(ids.uzLatn);
    expect(await found("китоб")).toContain(ids.tgLatn);
    expect(await found("kitob")).toContain(ids.tg); // and the other way: Китобҳо in a Tajik description
  });

  it("Russian words find their other forms, and ё is е", async () => {
    expect(await found("математический анализ")).toContain(ids.ru);
    expect(await found("интеграл")).toContain(ids.ru);
    expect(await found("емкость конденсатора")).toContain(ids.ruYo);
  });

  it("a Turkic word finds its suffixed forms", async () => {
    expect(await found("кітап")).toContain(ids.kk); // кітабы
    expect(await found("kitap")).toContain(ids.tk); // kitaplary
    expect(await found("китеп")).toContain(ids.ky); // китептери
    expect(await found("Абай")).toContain(ids.kk);
  });

  it("Kazakh typed on a Russian keyboard still matches", async () => {
    expect(await found("казак тили")).toContain(ids.kkLang);
    expect(await found("казак адебиети")).toContain(ids.kk);
  });

  it("a misspelled word is corrected from the index's own words", async () => {
    // (a word that other tests' resources cannot have: the index's words are shared)
    const machines = await search("turbomachinary");
    expect(machines.items.map((i) => i.id)).toContain(ids.enRare);
    expect(machines.did_you_mean).toBe("turbomachinery");
    const maths = await search("матиматика");
    expect(maths.items.map((i) => i.id)).toContain(ids.ruMath);
    expect(maths.did_you_mean).toBe("математика");
  });

  it("weighs the title above keywords above the description", async () => {
    const order = (await search("гидравлика")).items.map((i) => i.id);
    expect(order.slice(0, 3)).toEqual([ids.inTitle, ids.inKeywords, ids.inDescription]);
  });

  it("highlights the matched words in title and snippet", async () => {
    const [item] = (await search("интегралы")).items;
    expect(item!.snippet!.highlights.map(([s, e]) => item!.snippet!.text.slice(s, e))).toEqual(["интегралы"]);
    const [kk] = (await search("кітап")).items.filter((i) => i.id === ids.kk);
    expect(kk!.title.highlights.map(([s, e]) => kk!.title.text.slice(s, e))).toEqual(["кітабы"]);
  });
});

describe("filters, facets, visibility", () => {
  it("counts facets and filters by them", async () => {
    const all = await search("");
    expect(all.total).toBe(Object.keys(SHELF).length - 1); // the network-only one is hidden from visitors
    expect(all.facets.language!.find((f) => f.value === "ru")?.count).toBe(6);
    expect(all.facets.institution).toEqual([expect.objectContaining({ value: slug, count: all.total })]);
    const ru = await search("", { language: "ru" });
    expect(ru.total).toBe(6);
    const uz = await search("", { language: "uz" }); // both scripts
    expect(uz.items.map((i) => i.id).sort()).toEqual([ids.uzCyrl, ids.uzLatn, ids.tgLatn].sort());
    expect((await search("гидравлика", { library: "KZ" })).total).toBe(0);
  });

  it("shows network-only resources to signed-in members only", async () => {
    expect(await found("histology")).toEqual([]);
    const student = await createTestUser(db, { role: "STUDENT", country: "KG" });
    expect((await search("histology", {}, student)).items.map((i) => i.id)).toEqual([ids.network]);
  });

  it("retries a query of several words with any of them when all together find nothing", async () => {
    const result = await search("гидравлика zzzqqq");
    expect(result.matched).toBe("any");
    expect(result.items.length).toBeGreaterThan(0);
  });
});

describe("hostile queries", () => {
  it.each(["!!!", "'\"()&|:*", "a & | ! (", "\u0000\u0000", "SELECT * FROM \"User\"; --", "' OR 1=1 --", "((((((", "<script>alert(1)</script>", "😀😀", "x".repeat(500)])("%s answers without an error", async (q) => {
    const result = await search(q);
    expect(result.total).toBeGreaterThanOrEqual(0);
  });

  it("refuses an overlong query or bad parameters with a message", () => {
    expect(ZSearchParams.safeParse({ q: "x".repeat(10_000) }).error?.issues[0]?.message).toContain("at most 500");
    expect(ZSearchParams.safeParse({ page_size: "1000" }).success).toBe(false);
    expect(ZSearchParams.safeParse({ library: "Uzbekistan" }).success).toBe(false);
    expect(ZSearchParams.safeParse({ type: "novel" }).success).toBe(false);
  });
});
