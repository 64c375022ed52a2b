import { randomBytes, randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TViewer } from "@/lib/authz/types";
import { getEnv } from "@/lib/env";
import { addDays, todayUtc } from "@/lib/stats/iso-date";
import { getDb } from "@/lib/server/database/get-db";
import { recordDownload } from "@/lib/server/files/record-download";
import { pruneUsageEvents } from "@/lib/server/stats/prune-usage-events";
import { recordUsage } from "@/lib/server/stats/record-usage";
import { rollUpDay } from "@/lib/server/stats/roll-up-day";
import { rollUpPendingDays } from "@/lib/server/stats/roll-up-pending-days";
import { BROWSER_USER_AGENT } from "../support/browser-user-agent";
import { createTestUser } from "../support/factories";
import { createSearchInstitution, publishFixtures } from "../support/search-fixtures";

// COUNTER Release 5 as Kitab counts it: robots never recorded, double clicks folded, unique
// items once per visitor and hour, rollups that a rerun rewrites rather than adds to. The
// database is shared with other test files, so every check reads rows only this file's
// resources make, on days of this run's own choosing (weeks back, inside the retention).
const db = getDb();
const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const base = addDays(todayUtc(), -(120 + randomInt(200)));
const day = (n: number) => addDays(base, -n);
const at = (d: string, time: string) => new Date(`${d}T${time}Z`);
const rollUp = (d: string) => rollUpDay(new Date(`${d}T00:00:00Z`));

let resources: string[] = [];
let reader: TViewer;
const anonymous = (ip: string, userAgent = BROWSER_USER_AGENT) => ({ viewer: null, libraryCountry: "UZ", ip, userAgent });

const byResource = (d: string, resourceId: string, kind: "VIEW" | "DOWNLOAD") =>
  db.usageDailyByResource.findFirst({ where: { day: new Date(d), kind, resourceId }, select: { total: true, unique: true } });
const rollupsOf = async (d: string) => {
  const where = { day: new Date(d) };
  const order = { orderBy: { total: "asc" as const } };
  return [
    await db.usageDailyTotal.findMany({ where, ...order }),
    await db.usageDailyByInstitution.findMany({ where, orderBy: [{ institutionId: "asc" }, { kind: "asc" }] }),
    await db.usageDailyByCountry.findMany({ where, orderBy: [{ countryCode: "asc" }, { kind: "asc" }] }),
    await db.usageDailyByResource.findMany({ where, orderBy: [{ resourceId: "asc" }, { kind: "asc" }] }),
  ];
};

beforeAll(async () => {
  const institution = await createSearchInstitution(db, "UZ");
  resources = await publishFixtures(
    db,
    institution,
    Array.from({ length: 8 }, (_, i) => ({ title: { en: `Usage counting ${i + 1}` }, languages: ["en"] })),
  );
  reader = await createTestUser(db, { role: "STUDENT", country: "KZ" });
});
afterAll(() => db.$disconnect());

describe("COUNTER rules", () => {
  it("counts a double click once: the same file again within 30 seconds", async () => {
    const [fast, slow] = resources as [string, string];
    const file = randomUUID();
    const other = randomUUID();
    const visitor = anonymous("198.51.100.10");
    await recordUsage({ ...visitor, kind: "DOWNLOAD", resourceId: fast, fileId: file, at: at(day(0), "10:00:00") });
    await recordUsage({ ...visitor, kind: "DOWNLOAD", resourceId: fast, fileId: file, at: at(day(0), "10:00:05") });
    // A chain of quick clicks is one click, whatever its length.
    await recordUsage({ ...visitor, kind: "DOWNLOAD", resourceId: fast, fileId: file, at: at(day(0), "12:00:00") });
    await recordUsage({ ...visitor, kind: "DOWNLOAD", resourceId: fast, fileId: file, at: at(day(0), "12:00:25") });
    await recordUsage({ ...visitor, kind: "DOWNLOAD", resourceId: fast, fileId: file, at: at(day(0), "12:00:50") });
    await recordUsage({ ...visitor, kind: "DOWNLOAD", resourceId: slow, fileId: file, at: at(day(0), "10:00:00") });
    await recordUsage({ ...visitor, kind: "DOWNLOAD", resourceId: slow, fileId: file, at: at(day(0), "10:00:40") });
    // Another file of the same resource is another request.
    await recordUsage({ ...visitor, kind: "DOWNLOAD", resourceId: slow, fileId: other, at: at(day(0), "10:00:41") });
    // Views fold the same way; someone else's click is theirs.
    await recordUsage({ ...visitor, kind: "VIEW", resourceId: fast, at: at(day(0), "09:59:50") });
    await recordUsage({ ...visitor, kind: "VIEW", resourceId: fast, at: at(day(0), "09:59:59") });
    await recordUsage({ ...anonymous("198.51.100.11"), kind: "VIEW", resourceId: fast, at: at(day(0), "09:59:55") });
    await rollUp(day(0));

    expect(await byResource(day(0), fast, "DOWNLOAD")).toEqual({ total: 2, unique: 2 });
    expect(await byResource(day(0), slow, "DOWNLOAD")).toEqual({ total: 3, unique: 1 });
    expect(await byResource(day(0), fast, "VIEW")).toEqual({ total: 2, unique: 2 });
    expect(await db.usageDailyTotal.findFirst({ where: { day: new Date(day(0)), kind: "DOWNLOAD", libraryCountry: "UZ" }, select: { total: true } })).toEqual({ total: 5 });
  });

  it("counts a crawler zero", async () => {
    const resourceId = resources[2]!;
    for (const userAgent of ["Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "curl/8.5.0", "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/131.0.0.0 Safari/537.36", ""]) {
      expect(await recordUsage({ ...anonymous("66.249.66.1", userAgent), kind: "VIEW", resourceId, at: at(day(1), "08:00:00") })).toBe(false);
      expect(await recordUsage({ ...anonymous("66.249.66.1", userAgent), kind: "DOWNLOAD", resourceId, fileId: randomUUID(), at: at(day(1), "08:00:00") })).toBe(false);
    }
    expect(await db.usageEvent.count({ where: { resourceId } })).toBe(0);
    await rollUp(day(1));
    expect(await byResource(day(1), resourceId, "VIEW")).toBeNull();
    expect(await byResource(day(1), resourceId, "DOWNLOAD")).toBeNull();
  });

  it("leaves search's download count alone for a robot, and adds one for a person", async () => {
    const resourceId = resources[3]!;
    const downloads = async () => (await db.searchDocument.findUniqueOrThrow({ where: { resourceId }, select: { downloadCount: true } })).downloadCount;
    const file = { resourceId, fileId: randomUUID(), libraryCountry: "UZ", ip: "192.0.2.44" };
    await recordDownload({ ...file, viewer: null, userAgent: "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)" });
    expect(await downloads()).toBe(0);
    expect(await db.usageEvent.count({ where: { resourceId } })).toBe(0);
    await recordDownload({ ...file, viewer: reader, userAgent: FIREFOX });
    expect(await downloads()).toBe(1);
    expect(await db.usageEvent.findMany({ where: { resourceId }, select: { kind: true, fileId: true, libraryCountry: true, institutionId: true, countryCode: true } })).toEqual([
      { kind: "DOWNLOAD", fileId: file.fileId, libraryCountry: "UZ", institutionId: reader.institutionId, countryCode: "KZ" },
    ]);
  });

  it("counts a unique item once per visitor and hour", async () => {
    const resourceId = resources[4]!;
    const visitor = anonymous("203.0.113.20");
    for (const time of ["09:05:00", "09:20:00", "09:50:00"]) await recordUsage({ ...visitor, kind: "VIEW", resourceId, at: at(day(2), time) });
    await rollUp(day(2));
    expect(await byResource(day(2), resourceId, "VIEW")).toEqual({ total: 3, unique: 1 });

    await recordUsage({ ...visitor, kind: "VIEW", resourceId, at: at(day(2), "10:10:00") });
    await rollUp(day(2));
    expect(await byResource(day(2), resourceId, "VIEW")).toEqual({ total: 4, unique: 2 });

    await recordUsage({ ...anonymous("203.0.113.21"), kind: "VIEW", resourceId, at: at(day(2), "09:30:00") });
    await recordUsage({ ...visitor, viewer: reader, kind: "VIEW", resourceId, at: at(day(2), "09:40:00") }); // signed in: someone else
    await rollUp(day(2));
    expect(await byResource(day(2), resourceId, "VIEW")).toEqual({ total: 6, unique: 4 });
  });
});

describe("rollups", () => {
  it("files signed-in viewers under their institution and country, anonymous ones under \"\", and a rerun changes nothing", async () => {
    const resourceId = resources[5]!;
    await recordUsage({ viewer: reader, libraryCountry: "UZ", ip: "203.0.113.30", userAgent: FIREFOX, kind: "VIEW", resourceId, at: at(day(3), "10:00:00") });
    await recordUsage({ viewer: reader, libraryCountry: "UZ", ip: "203.0.113.30", userAgent: FIREFOX, kind: "DOWNLOAD", resourceId, fileId: randomUUID(), at: at(day(3), "10:01:00") });
    await recordUsage({ ...anonymous("203.0.113.31"), kind: "VIEW", resourceId, at: at(day(3), "11:00:00") });
    await recordUsage({ ...anonymous("203.0.113.32", FIREFOX), kind: "VIEW", resourceId, at: at(day(3), "11:00:00") });

    // Nothing personal in the raw rows: a daily key instead of the address and browser.
    const raw = await db.usageEvent.findMany({ where: { resourceId }, orderBy: { id: "asc" } });
    expect(raw.map((e) => [e.institutionId, e.countryCode])).toEqual([[reader.institutionId, "KZ"], [reader.institutionId, "KZ"], [null, null], [null, null]]);
    for (const event of raw) expect(event.visitorKey).toMatch(/^[0-9a-f]{32}$/);
    expect(raw[0]!.visitorKey).toBe(raw[1]!.visitorKey);
    expect(new Set(raw.map((e) => e.visitorKey)).size).toBe(3);

    await rollUp(day(3));
    const where = { day: new Date(day(3)), libraryCountry: "UZ" };
    const pick = { select: { kind: true, total: true, unique: true } } as const;
    expect(await db.usageDailyByInstitution.findMany({ where: { ...where, institutionId: reader.institutionId! }, ...pick, orderBy: { kind: "asc" } })).toEqual([
      { kind: "VIEW", total: 1, unique: 1 },
      { kind: "DOWNLOAD", total: 1, unique: 1 },
    ]);
    expect(await db.usageDailyByInstitution.findMany({ where: { ...where, institutionId: "" }, ...pick })).toEqual([{ kind: "VIEW", total: 2, unique: 2 }]);
    expect(await db.usageDailyByCountry.findMany({ where: { ...where, countryCode: "KZ" }, ...pick, orderBy: { kind: "asc" } })).toEqual([
      { kind: "VIEW", total: 1, unique: 1 },
      { kind: "DOWNLOAD", total: 1, unique: 1 },
    ]);
    expect(await db.usageDailyByCountry.findMany({ where: { ...where, countryCode: "" }, ...pick })).toEqual([{ kind: "VIEW", total: 2, unique: 2 }]);
    expect(await db.usageDailyTotal.findMany({ where, ...pick, orderBy: { kind: "asc" } })).toEqual([
      { kind: "VIEW", total: 3, unique: 3 },
      { kind: "DOWNLOAD", total: 1, unique: 1 },
    ]);
    expect(await db.rollupDay.findUnique({ where: { day: new Date(day(3)) } })).not.toBeNull();

    const first = await rollupsOf(day(3));
    await rollUp(day(3));
    await rollUp(day(3));
    expect(await rollupsOf(day(3))).toEqual(first);
  });

  it("makes each month the sum of its days", async () => {
    const resourceId = resources[6]!;
    const month = `${addDays(todayUtc(), -75).slice(0, 8)}01`;
    const days = [month, addDays(month, 9), addDays(month, 20)];
    const visitors = ["192.0.2.1", "192.0.2.2", "192.0.2.3"];
    for (const [i, d] of days.entries()) {
      for (const ip of visitors.slice(0, i + 1)) {
        await recordUsage({ ...anonymous(ip), kind: "VIEW", resourceId, at: at(d, "08:00:00") });
        await recordUsage({ ...anonymous(ip), kind: "VIEW", resourceId, at: at(d, "08:10:00") });
        await recordUsage({ ...anonymous(ip), kind: "DOWNLOAD", resourceId, fileId: randomUUID(), at: at(d, "08:11:00") });
      }
    }
    const before = addDays(month, -1); // the month before: not this month's
    await recordUsage({ ...anonymous("192.0.2.9"), kind: "VIEW", resourceId, at: at(before, "23:00:00") });
    for (const d of [...days, before]) await rollUp(d);

    const daily = await db.usageDailyByResource.findMany({ where: { resourceId, day: { gte: new Date(month), lte: new Date(days[2]!) } } });
    const sum = (kind: string, field: "total" | "unique") => daily.filter((r) => r.kind === kind).reduce((n, r) => n + r[field], 0);
    const monthly = await db.usageMonthlyByResource.findMany({ where: { resourceId, month: new Date(month) }, select: { kind: true, total: true, unique: true }, orderBy: { kind: "asc" } });
    expect(monthly).toEqual([
      { kind: "VIEW", total: sum("VIEW", "total"), unique: sum("VIEW", "unique") },
      { kind: "DOWNLOAD", total: sum("DOWNLOAD", "total"), unique: sum("DOWNLOAD", "unique") },
    ]);
    expect(monthly).toEqual([
      { kind: "VIEW", total: 12, unique: 6 },
      { kind: "DOWNLOAD", total: 6, unique: 6 },
    ]);
    expect(await db.usageMonthlyByResource.findMany({ where: { resourceId, month: new Date(`${before.slice(0, 8)}01`) }, select: { kind: true, total: true } })).toEqual([{ kind: "VIEW", total: 1 }]);
  });

  it("rolls up searches, and zero-result terms lower-cased and trimmed", async () => {
    const token = randomBytes(4).toString("hex");
    const d = day(4);
    const searches = [
      { query: `  Kvant Fizikasi ${token} `, resultCount: 0, countryCode: "UZ" },
      { query: `kvant fizikasi ${token}`, resultCount: 0, countryCode: null },
      { query: `algebra ${token}`, resultCount: 12, countryCode: "UZ" },
      { query: `${token} ${"x".repeat(300)}`, resultCount: 0, countryCode: "KZ" },
    ];
    for (const [i, s] of searches.entries()) await db.searchLog.create({ data: { ...s, createdAt: at(d, `14:0${i}:00`) } });
    await rollUp(d);
    expect(await db.searchDaily.findMany({ where: { day: new Date(d) }, select: { countryCode: true, searches: true, zeroResults: true }, orderBy: { countryCode: "asc" } })).toEqual([
      { countryCode: "", searches: 1, zeroResults: 1 },
      { countryCode: "KZ", searches: 1, zeroResults: 1 },
      { countryCode: "UZ", searches: 2, zeroResults: 1 },
    ]);
    expect(await db.zeroResultTermDaily.findMany({ where: { day: new Date(d) }, select: { term: true, count: true }, orderBy: { term: "asc" } })).toEqual([
      { term: `${token} ${"x".repeat(300)}`.slice(0, 200), count: 1 },
      { term: `kvant fizikasi ${token}`, count: 2 },
    ]);
  });

  it("prunes raw events and searches past the retention, keeping the rollups and any day not rolled up yet", async () => {
    const resourceId = resources[7]!;
    const retention = getEnv().STATS_RETENTION_DAYS;
    const old = addDays(todayUtc(), -retention - 5);
    const unrolled = addDays(todayUtc(), -retention - 2);
    const recent = addDays(todayUtc(), -3);
    for (const d of [old, unrolled, recent]) {
      await recordUsage({ ...anonymous("198.51.100.50"), kind: "DOWNLOAD", resourceId, fileId: randomUUID(), at: at(d, "12:00:00") });
      await db.searchLog.create({ data: { query: `prune check ${resourceId}`, resultCount: 0, createdAt: at(d, "12:00:00") } });
    }
    await rollUp(old);
    const days = async () => (await db.usageEvent.findMany({ where: { resourceId }, select: { occurredAt: true }, orderBy: { occurredAt: "asc" } })).map((e) => e.occurredAt.toISOString().slice(0, 10));
    const logged = () => db.searchLog.count({ where: { query: `prune check ${resourceId}` } });

    // The day not rolled up yet holds the pruning back; the rolled-up day before it goes.
    await pruneUsageEvents();
    expect(await days()).toEqual([unrolled, recent]);
    expect(await logged()).toBe(2);
    expect(await byResource(old, resourceId, "DOWNLOAD")).toEqual({ total: 1, unique: 1 });

    // The worker's round catches the day up; then it goes too.
    expect(await rollUpPendingDays({ earlierDays: 1000 })).toContain(unrolled);
    await pruneUsageEvents();
    expect(await days()).toEqual([recent]);
    expect(await logged()).toBe(1);
    expect(await byResource(old, resourceId, "DOWNLOAD")).toEqual({ total: 1, unique: 1 });
    expect(await byResource(unrolled, resourceId, "DOWNLOAD")).toEqual({ total: 1, unique: 1 });

    // A rolled-up day whose events are pruned is never rebuilt from what is left.
    expect(await rollUp(old)).toBeNull();
    expect(await byResource(old, resourceId, "DOWNLOAD")).toEqual({ total: 1, unique: 1 });
  });
});
