export type TOaiSetFilter = { kind: "country"; code: string } | { kind: "institution"; slug: string } | { kind: "collection"; country: string; slug: string } | { kind: "subject"; code: string };

// Sets: country:UZ, institution:<slug>, collection:<library>-<slug> (collection slugs are unique
// within a library), subject:<ISCED-F code>. A subject set holds its narrower subjects too
// (subject:05 holds 0533), as ISCED-F codes nest by prefix.
export function parseOaiSetSpec(spec: string): TOaiSetFilter | null {
  const [kind, value = "", extra] = spec.split(":");
  if (extra !== undefined || !value) return null;
  if (kind === "country" && /^[A-Z]{2}$/.test(value)) return { kind, code: value };
  if (kind === "institution" && /^[a-z0-9-]{1,64}$/.test(value)) return { kind, slug: value };
  const collection = /^([A-Z]{2})-([a-z0-9-]{1,96})$/.exec(value);
  if (kind === "collection" && collection) return { kind, country: collection[1]!, slug: collection[2]! };
  if (kind === "subject" && /^\d{2,4}$/.test(value)) return { kind, code: value };
  return null;
}

// The sets a record is in.
export function oaiSetSpecsOf(record: { country: string; institutionSlug: string; collections: { country: string; slug: string }[]; subjectCodes: string[] }): string[] {
  const subjects = new Set(record.subjectCodes.flatMap((code) => [code.slice(0, 2), code.slice(0, 3), code]));
  return [
    `country:${record.country}`,
    `institution:${record.institutionSlug}`,
    ...record.collections.map((c) => `collection:${c.country}-${c.slug}`),
    ...[...subjects].sort().map((code) => `subject:${code}`),
  ];
}
