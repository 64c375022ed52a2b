import { LEVELS, TYPES, type TResourcePatch } from "@/lib/schemas/resource";

// API field names to database columns, for the fields present in the input.
export function toResourceData(input: Omit<Partial<TResourcePatch>, "version">) {
  return {
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.authors !== undefined ? { authors: input.authors } : {}),
    ...(input.keywords !== undefined ? { keywords: input.keywords } : {}),
    ...(input.languages !== undefined ? { languages: input.languages } : {}),
    ...(input.level !== undefined ? { educationalLevel: input.level ? LEVELS[input.level] : null } : {}),
    ...(input.type !== undefined ? { learningResourceType: input.type ? TYPES[input.type] : null } : {}),
    ...(input.courseName !== undefined ? { courseName: input.courseName } : {}),
    ...(input.license !== undefined ? { license: input.license } : {}),
    ...(input.year !== undefined ? { year: input.year } : {}),
    ...(input.visibility !== undefined ? { visibility: input.visibility } : {}),
  };
}
