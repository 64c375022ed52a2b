import type { Metadata } from "next";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TPublicResource } from "@/lib/schemas/public-resource";
import { openGraphLocale } from "./open-graph-locale";

// Link previews stop around here; cut at a word so they do not end mid-word.
const SUMMARY_CHARS = 300;
const shorten = (text: string) => {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= SUMMARY_CHARS) return flat;
  const cut = flat.slice(0, SUMMARY_CHARS - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : cut.length)}…`;
};

// Canonical address, Open Graph and Twitter card of a published resource (nothing for the
// others: drafts are not shared and tombstones leave indexes). Title and locale are those of
// the main-language title, as in the page's JSON-LD.
export function resourceOpenGraph(resource: TPublicResource, options: { baseUrl: string; repositoryName: string }): Metadata {
  if (resource.status !== "PUBLISHED") return {};
  const title = pickTranslation(resource.title, resource.languages.slice(0, 1));
  if (!title) return {};
  const url = `${options.baseUrl}/resources/${resource.id}`;
  const picked = pickTranslation(resource.description, [title.lang]);
  const description = picked ? shorten(picked.text) : undefined;
  const thumbnail = resource.files.find((f) => f.thumbnail)?.thumbnail;
  const images = thumbnail ? [{ url: `${options.baseUrl}${thumbnail.url}`, width: thumbnail.width, height: thumbnail.height, alt: title.text }] : undefined;
  const locale = openGraphLocale(title.lang);
  const alternateLocale = [...new Set(resource.languages.map(openGraphLocale))].filter((l) => l !== locale);
  const common = { title: title.text, description, url, siteName: options.repositoryName, locale, alternateLocale, images, tags: resource.keywords };
  const published = resource.publishedAt ?? undefined;
  return {
    description,
    alternates: { canonical: url },
    openGraph: resource.type === "textbook" ? { ...common, type: "book", releaseDate: published } : { ...common, type: "article", publishedTime: published },
    twitter: { card: "summary", title: title.text, description, images },
  };
}
