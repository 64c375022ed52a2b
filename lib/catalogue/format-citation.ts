import { licenseLabel } from "./normalize-license";

// The two words a citation has of its own, in the reader's language ("et al.", "n.d.").
export type TCitationWords = { etAl: string; noDate: string };

const ENGLISH: TCitationWords = { etAl: "et al.", noDate: "n.d." };

// A citation line in the usual author–date form:
// "Seitova, A.; Bekov, N. (2025). Title. Institution. CC BY 4.0. https://…"
export function formatCitation(r: { authors: { name: string }[]; year: number | null; title: string; institution: string; license: string | null; url: string }, words: TCitationWords = ENGLISH): string {
  const names = r.authors.map((a) => a.name.trim()).filter(Boolean);
  const authors = names.length > 3 ? `${names.slice(0, 3).join("; ")} ${words.etAl}` : names.join("; ");
  const parts = [
    `${authors ? `${authors} ` : ""}(${r.year ?? words.noDate}).`,
    `${r.title.replace(/\.$/, "")}.`,
    `${r.institution}.`,
    r.license ? `${licenseLabel(r.license)}.` : null,
    r.url,
  ];
  return parts.filter(Boolean).join(" ");
}
