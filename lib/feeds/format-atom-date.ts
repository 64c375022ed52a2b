// An RFC 3339 date-time in UTC (2025-03-01T09:30:00Z), as Atom's date constructs require;
// whole seconds, since feed readers compare them and nothing finer is meaningful here.
export function formatAtomDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
