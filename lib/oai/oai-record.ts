// One resource as the OAI-PMH interface describes it (plain data, built by lib/server/oai).
export type TOaiRecord = {
  id: string;
  datestamp: Date;
  deleted: boolean;
  sets: string[];
  url: string;
  title: Record<string, string>;
  description: Record<string, string>;
  authors: { name: string; orcid?: string }[];
  keywords: string[];
  languages: string[];
  level: string | null;
  type: string | null;
  courseName: string | null;
  license: string | null;
  licenseLabel: string | null;
  year: number | null;
  sourceUrl: string | null;
  publishedAt: Date | null;
  institution: { slug: string; name: string };
  country: string;
  subjects: { code: string; name: string }[];
  files: { url: string; name: string; mediaType: string; size: number; sha256: string }[];
  thumbnailUrl: string | null;
  collectionUrls: string[];
};

export type TOaiContext = { baseUrl: string; publicUrl: string; repositoryIdentifier: string };
