import type { TTranslations } from "@/lib/schemas/translations";

// Atom 1.0 (RFC 4287) as Kitab fills it in: plain data, rendered by renderAtomFeed.
export type TAtomText = { text: string; lang?: string };
export type TAtomLink = { rel: "self" | "alternate" | "enclosure" | "license"; href: string; type?: string; length?: number; title?: string };
export type TAtomPerson = { name: string; uri?: string };

export type TAtomEntry = {
  id: string;
  title: TAtomText;
  summary?: TAtomText;
  updated: Date;
  published: Date;
  links: TAtomLink[];
  authors: TAtomPerson[];
  categories: { term: string; label?: string }[];
  rights?: TAtomText;
};

export type TAtomFeed = {
  id: string;
  title: TAtomText;
  subtitle?: TAtomText;
  updated: Date;
  links: TAtomLink[];
  // Names the repository, so entries without authors (some imported records) keep the feed valid.
  authors: TAtomPerson[];
  generator: { name: string; uri?: string };
  entries: TAtomEntry[];
};

// A published resource as a feed needs it, read from the database by lib/server/feeds.
export type TFeedResource = {
  id: string;
  title: TTranslations;
  description: TTranslations;
  authors: { name: string; orcid?: string }[];
  languages: string[];
  license: string | null;
  publishedAt: Date;
  updatedAt: Date;
  subjects: { code: string; names: TTranslations }[];
  files: { id: string; originalName: string; mediaType: string; size: number }[];
};
