import { addDays, addMonths, todayUtc } from "./iso-date";

// The range picker's shortcuts, each ending today (UTC).
export function rangePresets(now = new Date()): { label: string; from: string; to: string }[] {
  const today = todayUtc(now);
  return [
    { label: "Last 7 days", from: addDays(today, -6), to: today },
    { label: "Last 30 days", from: addDays(today, -29), to: today },
    { label: "Last 12 months", from: addDays(addMonths(today, -12), 1), to: today },
    { label: "This year", from: `${today.slice(0, 4)}-01-01`, to: today },
  ];
}
