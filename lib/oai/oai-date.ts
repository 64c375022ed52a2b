// OAI-PMH datestamps at the granularity this repository declares: seconds, UTC.
export const toOaiDatestamp = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SECOND = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

// A `from` or `until` argument as the first and last instants it covers, with its granularity;
// null when it is not a valid date in either granularity.
export function parseOaiDate(value: string): { first: Date; last: Date; granularity: "day" | "second" } | null {
  const day = DAY.exec(value);
  const second = SECOND.exec(value);
  if (!day && !second) return null;
  const first = new Date(day ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(first.getTime()) || toOaiDatestamp(first).slice(0, value.length) !== value) return null; // 2026-02-30
  const last = new Date(first.getTime() + (day ? 86_400_000 : 1000) - 1);
  return { first, last, granularity: day ? "day" : "second" };
}
