import type { TGranularity } from "@/lib/schemas/stats";
import { addDays, addMonths } from "./iso-date";

// The first day of the day, ISO week (Monday) or month that holds `day`, as PostgreSQL's
// date_trunc names it.
export function periodStart(day: string, granularity: TGranularity): string {
  if (granularity === "day") return day;
  if (granularity === "month") return `${day.slice(0, 7)}-01`;
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  return addDays(day, -weekday);
}

// Every period that meets the range, so a chart and its table show quiet periods as zeros
// instead of skipping them. The first and last may be partial.
export function listPeriods(from: string, to: string, granularity: TGranularity): string[] {
  const periods: string[] = [];
  for (let p = periodStart(from, granularity); p <= to; p = granularity === "month" ? addMonths(p, 1) : addDays(p, granularity === "week" ? 7 : 1)) {
    periods.push(p);
  }
  return periods;
}
