import { addDays, addMonths } from "./iso-date";

export type TMonthSplit = {
  // Whole calendar months inside the range: [from, before), both firsts of a month.
  months: { from: string; before: string } | null;
  // The ragged ends outside those months, inclusive days.
  days: { from: string; to: string }[];
};

// A range as the whole months the monthly rollup answers plus the days at either end the
// daily one does: a year is then twelve rows per resource and a few dozen days, not 365 days.
export function splitMonths(from: string, to: string): TMonthSplit {
  const firstWhole = from.endsWith("-01") ? from : addMonths(`${from.slice(0, 7)}-01`, 1);
  const dayAfter = addDays(to, 1);
  const wholeBefore = dayAfter.endsWith("-01") ? dayAfter : `${to.slice(0, 7)}-01`;
  if (firstWhole >= wholeBefore) return { months: null, days: [{ from, to }] };
  const days: TMonthSplit["days"] = [];
  if (from < firstWhole) days.push({ from, to: addDays(firstWhole, -1) });
  if (wholeBefore <= to) days.push({ from: wholeBefore, to });
  return { months: { from: firstWhole, before: wholeBefore }, days };
}
