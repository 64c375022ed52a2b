import { describe, expect, it } from "vitest";
import { ZStatsExportTable, ZStatsQuery } from "@/lib/schemas/stats";
import { addDays, todayUtc } from "@/lib/stats/iso-date";
import { listPeriods, periodStart } from "@/lib/stats/list-periods";
import { rangePresets } from "@/lib/stats/range-presets";
import { splitMonths } from "@/lib/stats/split-months";
import { statsHref } from "@/lib/stats/stats-href";

const error = (input: Record<string, string>) => {
  const parsed = ZStatsQuery.safeParse(input);
  return parsed.success ? null : parsed.error.issues[0]!.message;
};

describe("the statistics range", () => {
  it("defaults to the last 30 days by day", () => {
    const today = todayUtc();
    expect(ZStatsQuery.parse({})).toEqual({ library: undefined, from: addDays(today, -29), to: today, granularity: "day" });
    expect(ZStatsQuery.parse({ to: "2024-03-31", library: "uz", from: "" })).toEqual({ library: "UZ", from: "2024-03-02", to: "2024-03-31", granularity: "day" });
  });

  it("refuses bad dates, reversed ranges, ranges over three years and unknown granularities", () => {
    expect(error({ from: "2024-02-30", to: "2024-03-01" })).toBe("from is a date as YYYY-MM-DD.");
    expect(error({ from: "1/2/2024" })).toBe("from is a date as YYYY-MM-DD.");
    expect(error({ from: "2024-03-02", to: "2024-03-01" })).toBe("from is after to.");
    expect(error({ from: "2021-01-01", to: "2024-01-01" })).toBe("The range is at most 3 years.");
    expect(error({ from: "2021-01-02", to: "2024-01-01" })).toBeNull();
    expect(error({ granularity: "year" })).toBe("granularity is day, week or month.");
    expect(error({ library: "Uzbekistan" })).toBe("library is a country code such as UZ.");
    expect(ZStatsExportTable.safeParse({ table: "users" }).success).toBe(false);
  });

  it("buckets days into ISO weeks (from Monday) and months, listing quiet periods too", () => {
    expect(periodStart("2024-03-03", "week")).toBe("2024-02-26"); // a Sunday
    expect(periodStart("2024-03-04", "week")).toBe("2024-03-04"); // a Monday
    expect(listPeriods("2024-02-28", "2024-03-02", "day")).toEqual(["2024-02-28", "2024-02-29", "2024-03-01", "2024-03-02"]);
    expect(listPeriods("2024-02-28", "2024-03-12", "week")).toEqual(["2024-02-26", "2024-03-04", "2024-03-11"]);
    expect(listPeriods("2023-12-15", "2024-02-01", "month")).toEqual(["2023-12-01", "2024-01-01", "2024-02-01"]);
  });

  it("splits a range into whole months and the ragged days at either end", () => {
    expect(splitMonths("2024-01-15", "2024-04-10")).toEqual({ months: { from: "2024-02-01", before: "2024-04-01" }, days: [{ from: "2024-01-15", to: "2024-01-31" }, { from: "2024-04-01", to: "2024-04-10" }] });
    expect(splitMonths("2024-02-01", "2024-02-29")).toEqual({ months: { from: "2024-02-01", before: "2024-03-01" }, days: [] });
    expect(splitMonths("2024-02-10", "2024-03-05")).toEqual({ months: null, days: [{ from: "2024-02-10", to: "2024-03-05" }] });
    expect(splitMonths("2023-12-01", "2024-01-20")).toEqual({ months: { from: "2023-12-01", before: "2024-01-01" }, days: [{ from: "2024-01-01", to: "2024-01-20" }] });
  });

  it("builds the dashboard's and the CSV's addresses, and presets that end today", () => {
    const view = { scope: "UZ", from: "2024-01-01", to: "2024-01-31", granularity: "week" };
    expect(statsHref("/stats/export", view, { table: "usage" })).toBe("/stats/export?table=usage&library=UZ&from=2024-01-01&to=2024-01-31&granularity=week");
    expect(statsHref("/stats", { ...view, scope: "network" })).toBe("/stats?from=2024-01-01&to=2024-01-31&granularity=week");
    const presets = rangePresets(new Date("2025-03-15T12:00:00Z"));
    expect(presets.map((p) => [p.from, p.to])).toEqual([["2025-03-09", "2025-03-15"], ["2025-02-14", "2025-03-15"], ["2024-03-16", "2025-03-15"], ["2025-01-01", "2025-03-15"]]);
  });
});
