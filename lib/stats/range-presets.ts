import { addDays, addMonths, todayUtc } from "./iso-date";

export type TRangePreset = "last7Days" | "last30Days" | "last12Months" | "thisYear";

// The range picker's shortcuts, each ending today (UTC); `key` names its label (StatsRangeForm.preset).
export function rangePresets(now = new Date()): { key: TRangePreset; from: string; to: string }[] {
  const today = todayUtc(now);
  return [
    { key: "last7Days", from: addDays(today, -6), to: today },
    { key: "last30Days", from: addDays(today, -29), to: today },
    { key: "last12Months", from: addDays(addMonths(today, -12), 1), to: today },
    { key: "thisYear", from: `${today.slice(0, 4)}-01-01`, to: today },
  ];
}
