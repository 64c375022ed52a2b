import { licenseLabel } from "./normalize-license";

// A citation line in the usual author–date form:
// "Seitova, A.; Bekov, N. (2025). Title. Institution. CC BY 4.0. https://…"
export function formatCitation(r: { authors: { name: string }[]; year: number | null; title: string; institution: string; license: string | null; url: string }): string {
  const names = r.authors.map((a) => a.name.trim()).filter(Boolean);
  const authors = names.length > 3 ? `${names.slice(0, 3).join("; ")} et al.` : names.join("; ");
  const parts = [
    `${authors ? `${authors} ` : ""}(${r.year ?? "n.d."}).`,
    `${r.title.replace(/\.$/, "")}.`,
    `${r.institution}.`,
    r.license ? `${licenseLabel(r.license)}.` : null,
    r.url,
  ];
  return parts.filter(Boolean).join(" ");
}
