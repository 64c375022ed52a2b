import "server-only";
import { englishName } from "@/lib/oai/english-name";
import { OaiError } from "@/lib/oai/oai-error";
import { getDb } from "@/lib/server/database/get-db";
import { escapeXml } from "@/lib/xml/escape-xml";


// Every set, in one response (a few hundred: libraries, institutions, collections, ISCED-F
// subjects), so no resumption token is ever issued for ListSets.
export async function oaiListSets(resumptionToken?: string): Promise<string> {
  if (resumptionToken !== undefined) throw new OaiError("badResumptionToken", "ListSets is answered in one response; this repository issued no token for it.");
  const db = getDb();
  const [libraries, institutions, collections, subjects] = await Promise.all([
    db.library.findMany({ select: { countryCode: true, names: true }, orderBy: { countryCode: "asc" } }),
    db.institution.findMany({ select: { slug: true, names: true, countryCode: true }, orderBy: { slug: "asc" } }),
    db.collection.findMany({ select: { slug: true, title: true, library: { select: { countryCode: true } } }, orderBy: [{ library: { countryCode: "asc" } }, { slug: "asc" }] }),
    db.subject.findMany({ select: { code: true, names: true }, orderBy: { code: "asc" } }),
  ]);
  const sets = [
    ...libraries.map((l) => [`country:${l.countryCode}`, englishName(l.names, l.countryCode)]),
    ...institutions.map((i) => [`institution:${i.slug}`, `${englishName(i.names, i.slug)} (${i.countryCode})`]),
    ...collections.map((c) => [`collection:${c.library.countryCode}-${c.slug}`, englishName(c.title, c.slug)]),
    ...subjects.map((s) => [`subject:${s.code}`, `${s.code} ${englishName(s.names, s.code)}`]),
  ];
  return `<ListSets>${sets.map(([spec, setName]) => `<set><setSpec>${escapeXml(spec!)}</setSpec><setName>${escapeXml(setName!)}</setName></set>`).join("")}</ListSets>`;
}
