import type { TAtomFeed, TAtomText, TFeedResource } from "./atom-types";
import { toAtomEntry } from "./to-atom-entry";

export type TFeedOptions = {
  title: TAtomText;
  subtitle?: TAtomText;
  selfPath: string; // /feeds/…atom
  alternatePath: string; // the HTML page showing the same resources
  publicUrl: string;
  repositoryName: string;
  resources: TFeedResource[];
  now: Date;
};

// A feed of resources: updated when its latest entry was (or now, while it has none).
export function toAtomFeed(options: TFeedOptions): TAtomFeed {
  const { publicUrl } = options;
  const entries = options.resources.map((r) => toAtomEntry(r, publicUrl));
  const latest = entries.reduce<Date | null>((max, e) => (max && max >= e.updated ? max : e.updated), null);
  const self = `${publicUrl}${options.selfPath}`;
  return {
    id: self,
    title: options.title,
    subtitle: options.subtitle,
    updated: latest ?? options.now,
    links: [
      { rel: "self", type: "application/atom+xml", href: self },
      { rel: "alternate", type: "text/html", href: `${publicUrl}${options.alternatePath}` },
    ],
    authors: [{ name: options.repositoryName, uri: `${publicUrl}/` }],
    generator: { name: "Kitab", uri: `${publicUrl}/` },
    entries,
  };
}
