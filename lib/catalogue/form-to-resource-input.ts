import { CATALOGUE_LANGUAGES } from "./languages";

// The resource form's fields (title.<lang>, description.<lang>, one author per line as
// "Name | ORCID", repeated subjects and languages, comma-separated keywords) to the shape of
// the JSON API, so one zod schema checks both.
export function formToResourceInput(form: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value.trim() : "";
  };
  const perLanguage = (prefix: string) =>
    Object.fromEntries(CATALOGUE_LANGUAGES.map(({ tag }) => [tag, text(`${prefix}.${tag}`)]).filter(([, v]) => v !== ""));
  const authors = text("authors")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name, orcid] = line.split("|").map((part) => part.trim());
      return orcid ? { name, orcid } : { name };
    });
  const year = text("year");
  return {
    ...(form.has("version") ? { version: Number(text("version")) } : {}),
    ...(form.has("library") ? { library: text("library") } : {}),
    ...(text("institution") ? { institution: text("institution") } : {}),
    title: perLanguage("title"),
    ...(form.has("authors") ? {
      description: perLanguage("description"),
      authors,
      subjects: form.getAll("subjects").map(String),
      keywords: text("keywords").split(/[,;]/).map((k) => k.trim()).filter(Boolean),
      languages: form.getAll("languages").map(String),
      level: text("level") || null,
      type: text("type") || null,
      courseName: text("courseName") || null,
      license: text("license") || null,
      year: year === "" ? null : Number(year),
      visibility: text("visibility") || "PUBLIC",
    } : {}),
  };
}
