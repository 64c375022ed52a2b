import { licenseLabel } from "@/lib/catalogue/normalize-license";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TAtomEntry, TFeedResource } from "./atom-types";
import { fileDownloadPath } from "@/lib/files/file-download-path";

// A summary is a teaser; descriptions may run to 100,000 characters.
const SUMMARY_CHARS = 1000;

function shorten(text: string): string {
  const chars = Array.from(text); // by code point, so no surrogate pair is cut in half
  return chars.length <= SUMMARY_CHARS ? text : `${chars.slice(0, SUMMARY_CHARS - 1).join("").trimEnd()}…`;
}

// A published resource as an Atom entry. Its id is the resource's UUID as a URN: it stays the
// same when Kitab moves to another address, so readers never see an old entry as new.
export function toAtomEntry(resource: TFeedResource, publicUrl: string): TAtomEntry {
  const preferred = [...resource.languages, "en"];
  const title = pickTranslation(resource.title, preferred);
  const description = pickTranslation(resource.description, title ? [title.lang, ...preferred] : preferred);
  const base = `${publicUrl}/resources/${resource.id}`;
  return {
    id: `urn:uuid:${resource.id}`,
    title: title ?? { text: "Untitled" },
    summary: description ? { text: shorten(description.text), lang: description.lang } : undefined,
    updated: resource.updatedAt,
    published: resource.publishedAt,
    links: [
      { rel: "alternate", type: "text/html", href: base },
      ...resource.files.map((f) => ({ rel: "enclosure" as const, href: `${publicUrl}${fileDownloadPath(resource.id, f.id)}`, type: f.mediaType, length: f.size, title: f.originalName })),
      ...(resource.license ? [{ rel: "license" as const, href: resource.license }] : []),
    ],
    authors: resource.authors.map((a) => ({ name: a.name, uri: a.orcid ? `https://orcid.org/${a.orcid}` : undefined })),
    categories: resource.subjects.map((s) => ({ term: s.code, label: pickTranslation(s.names, ["en"])?.text })),
    rights: resource.license ? { text: `${licenseLabel(resource.license)} (${resource.license})`, lang: "en" } : undefined,
  };
}
