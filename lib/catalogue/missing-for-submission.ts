// What a resource still lacks before it can go to review. A draft needs only a title.
export function missingForSubmission(r: {
  title: unknown;
  description: unknown;
  authors: unknown;
  languages: string[];
  educationalLevel: string | null;
  learningResourceType: string | null;
  license: string | null;
  subjectCount: number;
}): Record<string, string[]> {
  const filled = (value: unknown) => !!value && typeof value === "object" && Object.values(value).some((v) => typeof v === "string" ? v.trim() !== "" : !!v);
  const missing: Record<string, string> = {};
  if (!filled(r.title)) missing.title = "Give a title.";
  if (!filled(r.description)) missing.description = "Describe the resource in at least one language.";
  if (!Array.isArray(r.authors) || r.authors.length === 0) missing.authors = "Name at least one author.";
  if (r.languages.length === 0) missing.languages = "Name the language(s) of the resource.";
  if (!r.educationalLevel) missing.level = "Choose the educational level.";
  if (!r.learningResourceType) missing.type = "Choose the type of resource.";
  if (!r.license) missing.license = "Choose a Creative Commons licence.";
  if (r.subjectCount === 0) missing.subjects = "Choose at least one subject.";
  return Object.fromEntries(Object.entries(missing).map(([k, v]) => [k, [v]]));
}
