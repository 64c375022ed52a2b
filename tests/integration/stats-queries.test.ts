import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NETWORK } from "@/lib/authz/stats-scope";
import type { TViewer } from "@/lib/authz/types";
import { addDays } from "@/lib/stats/iso-date";
import { getDb } from "@/lib/server/database/get-db";
import { getLibraryProfile } from "@/lib/server/libraries/get-library-profile";
import { getReviewTurnaround } from "@/lib/server/stats/get-review-turnaround";
import { getSearchesOverTime } from "@/lib/server/stats/get-searches-over-time";
import { getStatsDashboard } from "@/lib/server/stats/get-stats-dashboard";
import { getStatsTable } from "@/lib/server/stats/get-stats-table";
import { getTopResources } from "@/lib/server/stats/get-top-resources";
import { getUploadsByInstitution } from "@/lib/server/stats/get-uploads-by-institution";
import { getUsageByCountry } from "@/lib/server/stats/get-usage-by-country";
import { getUsageByInstitution } from "@/lib/server/stats/get-usage-by-institution";
import { getUsageOverTime } from "@/lib/server/stats/get-usage-over-time";
import { getZeroResultTerms } from "@/lib/server/stats/get-zero-result-terms";
import { createTestResource, createTestUser } from "../support/factories";

const db = getDb();
afterAll(() => db.$disconnect());

// Rollup rows written straight into the tables the dashboards read, in 2019: far from the
// days other tests' events are rolled up into. The range under test has ragged ends
// (20–31 January, 1–10 March) around one whole month, and usage just outside it on both sides.
const FROM = "2019-01-20";
const TO = "2019-03-10";
const DAYS = Array.from({ length: 90 }, (_, i) => addDays("2019-01-01", i)); // 1 January to 31 March

type TDaily = { day: string; kind: "VIEW" | "DOWNLOAD"; libraryCountry: string; resourceId: string; total: number; unique: number };

let admin: TViewer;
let librarianUz: TViewer;
let librarianKz: TViewer;
let student: TViewer;
let uz: { id: string }[];
let kg: { id: string };
let viewedOnly: { id: string };
let daily: TDaily[];
let uzInstitutions: { id: string; slug: string }[];
let kzInstitution: { id: string; slug: string };

const date = (day: string) => new Date(`${day}T00:00:00Z`);
const inRange = (day: string) => day >= FROM && day <= TO;
const sumOf = (rows: TDaily[]) => rows.reduce((s, r) => s + r.total, 0);

beforeAll(async () => {
  [admin, librarianUz, librarianKz, student] = await Promise.all([
    createTestUser(db, { role: "ADMIN" }),
    createTestUser(db, { role: "LIBRARIAN", country: "UZ" }),
    createTestUser(db, { role: "LIBRARIAN", country: "KZ" }),
    createTestUser(db, { role: "STUDENT", country: "UZ" }),
  ]);
  uz = await Promise.all([0, 1, 2].map(() => createTestResource(db, { country: "UZ", status: "PUBLISHED" })));
  kg = await createTestResource(db, { country: "KG", status: "PUBLISHED" });
  viewedOnly = await createTestResource(db, { country: "UZ", status: "PUBLISHED" });
  await db.resource.update({ where: { id: uz[0]!.id }, data: { title: { ru: "Высшая математика", "uz-Latn": "Oliy matematika" }, languages: ["uz-Latn"] } });
  uzInstitutions = await db.institution.findMany({ where: { countryCode: "UZ" }, orderBy: { slug: "asc" }, take: 2, select: { id: true, slug: true } });
  kzInstitution = await db.institution.findFirstOrThrow({ where: { countryCode: "KZ" }, select: { id: true, slug: true } });

  // Per resource and day: a deterministic pattern, so some days are quiet and resources differ.
  daily = [];
  const resources = [...uz.map((r) => ({ id: r.id, country: "UZ" })), { id: kg.id, country: "KG" }, { id: viewedOnly.id, country: "UZ" }];
  DAYS.forEach((day, d) =>
    resources.forEach((r, i) => {
      const downloads = r.id === viewedOnly.id ? 0 : (d * (i + 3) + i) % 5;
      const views = ((d + 2 * i) % 7) + 1;
      if (downloads) daily.push({ day, kind: "DOWNLOAD", libraryCountry: r.country, resourceId: r.id, total: downloads, unique: Math.max(1, downloads - 1) });
      daily.push({ day, kind: "VIEW", libraryCountry: r.country, resourceId: r.id, total: views, unique: views });
    }),
  );
  await db.usageDailyByResource.createMany({ data: daily.map((r) => ({ ...r, day: date(r.day) })) });
  const monthly = new Map<string, TDaily>();
  const totals = new Map<string, TDaily>();
  for (const r of daily) {
    const month = `${r.day.slice(0, 7)}-01`;
    const m = monthly.get(`${month}|${r.kind}|${r.resourceId}`) ?? { ...r, day: month, total: 0, unique: 0 };
    m.total += r.total;
    m.unique += r.unique;
    monthly.set(`${month}|${r.kind}|${r.resourceId}`, m);
    const t = totals.get(`${r.day}|${r.kind}|${r.libraryCountry}`) ?? { ...r, total: 0, unique: 0 };
    t.total += r.total;
    t.unique += r.unique;
    totals.set(`${r.day}|${r.kind}|${r.libraryCountry}`, t);
  }
  await db.usageMonthlyByResource.createMany({ data: [...monthly.values()].map(({ day, ...r }) => ({ ...r, month: date(day) })) });
  await db.usageDailyTotal.createMany({ data: [...totals.values()].map((r) => ({ day: date(r.day), kind: r.kind, libraryCountry: r.libraryCountry, total: r.total, unique: r.unique })) });

  const [tuit, other] = uzInstitutions;
  await db.usageDailyByInstitution.createMany({
    data: [
      { day: date("2019-02-01"), kind: "DOWNLOAD", libraryCountry: "UZ", institutionId: tuit!.id, total: 7, unique: 5 },
      { day: date("2019-03-10"), kind: "VIEW", libraryCountry: "UZ", institutionId: tuit!.id, total: 11, unique: 9 },
      { day: date("2019-02-02"), kind: "DOWNLOAD", libraryCountry: "UZ", institutionId: other!.id, total: 2, unique: 2 },
      { day: date("2019-02-02"), kind: "DOWNLOAD", libraryCountry: "UZ", institutionId: kzInstitution.id, total: 3, unique: 3 },
      { day: date("2019-02-03"), kind: "VIEW", libraryCountry: "UZ", institutionId: "", total: 40, unique: 30 },
      { day: date("2019-03-11"), kind: "DOWNLOAD", libraryCountry: "UZ", institutionId: other!.id, total: 100, unique: 100 }, // after the range
      { day: date("2019-02-05"), kind: "DOWNLOAD", libraryCountry: "KG", institutionId: other!.id, total: 50, unique: 50 }, // another library
    ],
  });
  await db.usageDailyByCountry.createMany({
    data: [
      { day: date("2019-02-01"), kind: "DOWNLOAD", libraryCountry: "UZ", countryCode: "UZ", total: 9, unique: 7 },
      { day: date("2019-02-02"), kind: "DOWNLOAD", libraryCountry: "UZ", countryCode: "KZ", total: 3, unique: 3 },
      { day: date("2019-02-03"), kind: "VIEW", libraryCountry: "UZ", countryCode: "", total: 40, unique: 30 },
      { day: date("2019-02-05"), kind: "DOWNLOAD", libraryCountry: "KG", countryCode: "KG", total: 50, unique: 50 },
    ],
  });
  await db.searchDaily.createMany({
    data: [
      { day: date("2019-01-20"), countryCode: "UZ", searches: 10, zeroResults: 2 },
      { day: date("2019-01-21"), countryCode: "UZ", searches: 5, zeroResults: 1 },
      { day: date("2019-01-21"), countryCode: "", searches: 30, zeroResults: 6 },
      { day: date("2019-02-15"), countryCode: "KZ", searches: 8, zeroResults: 0 },
      { day: date("2019-01-19"), countryCode: "UZ", searches: 99, zeroResults: 99 }, // before the range
    ],
  });
  await db.zeroResultTermDaily.createMany({
    data: [
      { day: date("2019-01-20"), term: "kvant fizikasi", count: 3 },
      { day: date("2019-02-20"), term: "kvant fizikasi", count: 2 },
      { day: date("2019-02-20"), term: "=cmd", count: 4 },
      { day: date("2019-03-01"), term: "termodinamika", count: 1 },
      { day: date("2019-03-11"), term: "termodinamika", count: 50 }, // after the range
    ],
  });
  await db.rollupDay.createMany({ data: DAYS.map((day) => ({ day: date(day) })), skipDuplicates: true });

  // Uploads, publications and review times (whole days: 1, 2, 3 and 10) in the range.
  const at = (day: string, hours = 0) => new Date(Date.parse(`${day}T00:00:00Z`) + hours * 3_600_000);
  const timeline: [string, string, number][] = [
    [uz[0]!.id, "2019-01-25", 1],
    [uz[1]!.id, "2019-02-10", 2],
    [uz[2]!.id, "2019-03-01", 3],
  ];
  for (const [id, submitted, days] of timeline) {
    await db.resource.update({ where: { id }, data: { createdAt: at(submitted, -5), submittedAt: at(submitted), publishedAt: at(submitted, days * 24), institutionId: tuit!.id } });
  }
  const late = await createTestResource(db, { country: "UZ", status: "PUBLISHED" });
  await db.resource.update({ where: { id: late.id }, data: { createdAt: at("2018-12-01"), submittedAt: at("2019-01-30"), publishedAt: at("2019-02-09"), institutionId: other!.id } });
  const draft = await createTestResource(db, { country: "UZ", status: "DRAFT" });
  await db.resource.update({ where: { id: draft.id }, data: { createdAt: at("2019-03-10", 23), institutionId: other!.id } });
  await db.resource.update({ where: { id: kg.id }, data: { createdAt: at("2019-02-01"), submittedAt: at("2019-02-01"), publishedAt: at("2019-02-21") } });
});

const options = (viewer: TViewer, scope = "UZ") => ({ viewer, scope, from: FROM, to: TO });

describe("usage over time", () => {
  it("counts views and downloads per day, ISO week and month, quiet periods as zeros", async () => {
    const uzDaily = daily.filter((r) => r.libraryCountry === "UZ" && inRange(r.day));
    const byDay = await getUsageOverTime({ ...options(librarianUz), granularity: "day" });
    expect(byDay).toHaveLength(50);
    expect(byDay[0]!.period).toBe(FROM);
    const jan20 = uzDaily.filter((r) => r.day === FROM);
    expect(byDay[0]).toEqual({
      period: FROM,
      views: sumOf(jan20.filter((r) => r.kind === "VIEW")),
      uniqueViews: jan20.filter((r) => r.kind === "VIEW").reduce((s, r) => s + r.unique, 0),
      downloads: sumOf(jan20.filter((r) => r.kind === "DOWNLOAD")),
      uniqueDownloads: jan20.filter((r) => r.kind === "DOWNLOAD").reduce((s, r) => s + r.unique, 0),
    });

    const byWeek = await getUsageOverTime({ ...options(librarianUz), granularity: "week" });
    expect(byWeek[0]!.period).toBe("2019-01-14"); // the Monday of the week holding 20 January
    expect(byWeek.at(-1)!.period).toBe("2019-03-04");
    const week = (monday: string) => uzDaily.filter((r) => r.day >= monday && r.day <= addDays(monday, 6));
    expect(byWeek[0]!.downloads).toBe(sumOf(week("2019-01-14").filter((r) => r.kind === "DOWNLOAD"))); // only the 20th of that week
    expect(byWeek[1]).toMatchObject({ period: "2019-01-21", views: sumOf(week("2019-01-21").filter((r) => r.kind === "VIEW")) });

    const byMonth = await getUsageOverTime({ ...options(librarianUz), granularity: "month" });
    expect(byMonth.map((m) => m.period)).toEqual(["2019-01-01", "2019-02-01", "2019-03-01"]);
    expect(byMonth.map((m) => m.downloads)).toEqual(["2019-01", "2019-02", "2019-03"].map((m) => sumOf(uzDaily.filter((r) => r.kind === "DOWNLOAD" && r.day.startsWith(m)))));
    expect(byMonth.reduce((s, m) => s + m.views, 0)).toBe(byDay.reduce((s, d) => s + d.views, 0));

    const network = await getUsageOverTime({ ...options(admin, NETWORK), granularity: "month" });
    expect(network[1]!.downloads).toBe(sumOf(daily.filter((r) => r.kind === "DOWNLOAD" && r.day.startsWith("2019-02"))));
  });
});

describe("top resources", () => {
  it("adds whole months and the ragged days at either end to exactly the sum of the days", async () => {
    const { items, truncated } = await getTopResources({ ...options(admin, NETWORK), limit: 20, languages: ["ru"] });
    expect(truncated).toBe(false);
    expect(items).toHaveLength(5);
    expect(items.at(-1)).toMatchObject({ id: viewedOnly.id, downloads: 0, uniqueDownloads: 0 }); // only viewed: after every downloaded one
    for (const item of items) {
      const days = daily.filter((r) => r.resourceId === item.id && inRange(r.day));
      expect(item.downloads, item.id).toBe(sumOf(days.filter((r) => r.kind === "DOWNLOAD")));
      expect(item.uniqueDownloads, item.id).toBe(days.filter((r) => r.kind === "DOWNLOAD").reduce((s, r) => s + r.unique, 0));
      expect(item.views, item.id).toBe(sumOf(days.filter((r) => r.kind === "VIEW")));
    }
    // Most downloaded first; equal counts by id (uuid v7: the older resource first).
    expect(items.map((i) => i.id)).toEqual([...items].sort((a, b) => b.downloads - a.downloads || (a.id < b.id ? -1 : 1)).map((i) => i.id));
    expect(items.find((i) => i.id === kg.id)?.library).toBe("KG");
    expect(items.find((i) => i.id === uz[0]!.id)).toMatchObject({ title: "Высшая математика", lang: "ru" });
  });

  it("keeps to the library, names titles in the viewer's language and says when the list goes on", async () => {
    const { items, truncated } = await getTopResources({ ...options(librarianUz), limit: 2, languages: [] });
    expect(truncated).toBe(true);
    expect(items).toHaveLength(2);
    const all = await getTopResources({ ...options(librarianUz), limit: 20 });
    expect(all.items.map((i) => i.id).sort()).toEqual([...uz.map((r) => r.id), viewedOnly.id].sort());
    expect(items).toEqual(all.items.slice(0, 2));
    expect(all.items.find((i) => i.id === uz[0]!.id)).toMatchObject({ title: "Oliy matematika", lang: "uz-Latn" });
    // A range inside one month reads the daily rows only.
    const short = await getTopResources({ ...options(librarianUz), from: "2019-02-10", to: "2019-02-12", limit: 20 });
    const first = short.items.find((i) => i.id === uz[1]!.id)!;
    expect(first.views).toBe(sumOf(daily.filter((r) => r.resourceId === uz[1]!.id && r.kind === "VIEW" && r.day >= "2019-02-10" && r.day <= "2019-02-12")));
  });
});

describe("by institution and by country", () => {
  it("names the viewers' institutions, puts anonymous viewers together and keeps to the library and range", async () => {
    const rows = await getUsageByInstitution(options(librarianUz));
    const [tuit, other] = uzInstitutions;
    expect(rows.map((r) => [r.institution, r.downloads, r.views])).toEqual([
      [tuit!.slug, 7, 11],
      [kzInstitution.slug, 3, 0],
      [other!.slug, 2, 0],
      [null, 0, 40],
    ]);
    expect(rows.at(-1)!.name).toBe("Anonymous or unknown");
    expect(rows[0]).toMatchObject({ uniqueDownloads: 5, uniqueViews: 9 });
    const network = await getUsageByInstitution(options(admin, NETWORK));
    expect(network.find((r) => r.institution === other!.slug)?.downloads).toBe(52);
  });

  it("names the viewers' countries", async () => {
    const rows = await getUsageByCountry({ ...options(librarianUz), languages: ["ru"] });
    expect(rows.map((r) => [r.country, r.name, r.downloads, r.views])).toEqual([
      ["UZ", "Узбекистан", 9, 0],
      ["KZ", "Казахстан", 3, 0],
      [null, "Anonymous or unknown", 0, 40],
    ]);
  });
});

describe("uploads, publications and review turnaround", () => {
  it("counts resources added and published in the range by their institution", async () => {
    const [tuit, other] = uzInstitutions;
    const rows = await getUploadsByInstitution(options(librarianUz));
    expect(rows.map((r) => [r.institution, r.uploads, r.publications])).toEqual([
      [tuit!.slug, 3, 3],
      [other!.slug, 1, 1], // the draft added on the range's last evening; a resource added earlier, published in it
    ]);
  });

  it("gives the median and 90th percentile of days from submission to publication", async () => {
    const [tuit, other] = uzInstitutions;
    const turnaround = await getReviewTurnaround(options(librarianUz));
    // 1, 2, 3 and 10 days: median 2.5, 90th percentile 3 + 0.7 × 7 = 7.9
    expect(turnaround.overall).toEqual({ count: 4, medianDays: 2.5, p90Days: 7.9 });
    expect(turnaround.byInstitution.map((i) => [i.institution, i.count, i.medianDays, i.p90Days])).toEqual([
      [tuit!.slug, 3, 2, 2.8],
      [other!.slug, 1, 10, 10],
    ]);
    const empty = await getReviewTurnaround({ ...options(librarianUz), from: "2018-06-01", to: "2018-06-30" });
    expect(empty).toEqual({ overall: { count: 0, medianDays: null, p90Days: null }, byInstitution: [] });
    expect((await getReviewTurnaround(options(admin, NETWORK))).overall.count).toBe(5);
  });
});

describe("searches", () => {
  it("counts a library's searches by people from its country, the network's all of them", async () => {
    const uzSearches = await getSearchesOverTime({ ...options(librarianUz), granularity: "month" });
    expect(uzSearches).toEqual([
      { period: "2019-01-01", searches: 15, zeroResults: 3 },
      { period: "2019-02-01", searches: 0, zeroResults: 0 },
      { period: "2019-03-01", searches: 0, zeroResults: 0 },
    ]);
    const network = await getSearchesOverTime({ ...options(admin, NETWORK), granularity: "month" });
    expect(network.map((p) => [p.searches, p.zeroResults])).toEqual([[45, 9], [8, 0], [0, 0]]);
  });

  it("lists the most frequent zero-result terms of the range", async () => {
    expect(await getZeroResultTerms(options(librarianUz))).toEqual([
      { term: "kvant fizikasi", count: 5 },
      { term: "=cmd", count: 4 },
      { term: "termodinamika", count: 1 },
    ]);
    expect(await getZeroResultTerms({ ...options(librarianUz), limit: 1 })).toHaveLength(1);
  });
});

describe("who may read the statistics", () => {
  const queries = [
    (o: ReturnType<typeof options>) => getUsageOverTime({ ...o, granularity: "day" }),
    getUsageByInstitution,
    getUsageByCountry,
    (o: ReturnType<typeof options>) => getTopResources({ ...o, limit: 20 }),
    getUploadsByInstitution,
    getReviewTurnaround,
    (o: ReturnType<typeof options>) => getSearchesOverTime({ ...o, granularity: "day" }),
    getZeroResultTerms,
  ];

  it("refuses a KZ librarian UZ's numbers (not found) and the network's (forbidden), and students everything", async () => {
    for (const query of queries) {
      await expect(query(options(librarianKz, "UZ"))).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(query(options(librarianUz, NETWORK))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(query(options(student, "UZ"))).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(query(options(admin, NETWORK))).resolves.toBeDefined();
    }
    await expect(getStatsDashboard({ ...options(admin, "XX"), granularity: "day", resourceLimit: 20 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the dashboard and its CSV tables", () => {
  it("adds the headline numbers up from the tables, which the CSV tables repeat", async () => {
    const data = await getStatsDashboard({ ...options(librarianUz), granularity: "week", resourceLimit: 2 });
    expect(data.totals.downloads).toBe(sumOf(daily.filter((r) => r.libraryCountry === "UZ" && r.kind === "DOWNLOAD" && inRange(r.day))));
    expect(data.totals).toMatchObject({ institutionsServed: 3, countriesServed: 2, uploads: 4, publications: 4, searches: 15, zeroResultSearches: 3 });
    expect(data.resourcesTruncated).toBe(true);
    const usage = await getStatsTable({ ...options(librarianUz), granularity: "week", table: "usage" });
    expect(usage.rows).toEqual(data.usageOverTime.map((p) => [p.period, p.views, p.uniqueViews, p.downloads, p.uniqueDownloads]));
    const resources = await getStatsTable({ ...options(librarianUz), granularity: "week", table: "resources" });
    expect(resources.rows).toHaveLength(4);
    expect(resources.rows[0]![0]).toMatchObject({ href: `/resources/${data.resources[0]!.id}` });
    const turnaround = await getStatsTable({ ...options(librarianUz), granularity: "week", table: "turnaround" });
    expect(turnaround.rows[0]).toEqual(["All institutions", 4, 2.5, 7.9]);
  });
});

describe("a library's public numbers", () => {
  it("counts this year's downloads and distinct institutions served from the rollups", async () => {
    const profile = await getLibraryProfile("UZ", new Date("2019-06-01T00:00:00Z"));
    expect(profile?.year).toBe(2019);
    expect(profile?.downloadsThisYear).toBe(sumOf(daily.filter((r) => r.libraryCountry === "UZ" && r.kind === "DOWNLOAD")));
    expect(profile?.institutionsServedThisYear).toBe(3); // two UZ institutions and one from KZ; anonymous viewers are none
    expect(profile?.library.host?.slug).toBe("tuit");
    expect(await getLibraryProfile("XX", new Date("2019-06-01T00:00:00Z"))).toBeNull();
  });
});
