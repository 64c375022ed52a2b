import { z } from "zod";
import { stripControlCharacters } from "@/lib/text/strip-control-characters";
import { ZLanguageTag } from "./translations";

const clean = (max: number, what: string) =>
  z
    .string({ error: `${what} must be text` })
    .transform((v) => stripControlCharacters(v).trim())
    .pipe(z.string().max(max, `${what} is longer than ${max.toLocaleString("en")} characters`));

const thisYear = new Date().getUTCFullYear();

// One line of an import file (see README, "Bulk import").
export const ZImportRecord = z.object({
  source_id: clean(200, "source_id").pipe(z.string().min(1, "source_id is required")),
  title: clean(1000, "title").pipe(z.string().min(1, "title is empty")),
  description: clean(100_000, "description").nullish(),
  authors: z
    .array(z.union([clean(300, "an author"), z.object({ name: clean(300, "an author's name"), orcid: z.string().optional() }).transform((a) => a.name)]))
    .max(100, "more than 100 authors")
    .nullish(),
  subjects: z.array(clean(200, "a subject")).max(50, "more than 50 subjects").nullish(),
  language: ZLanguageTag,
  year: z
    .number({ error: "year must be a number" })
    .int("year must be a whole number")
    .min(1000, "year is before 1000")
    .max(thisYear + 1, `year is after ${thisYear + 1}`)
    .nullish(),
  license: z.string().nullish(),
  url: z.url("url is not a valid address").max(2000).nullish(),
  files: z.array(z.string().min(1).max(1000)).max(50, "more than 50 files").nullish(),
});

export type TImportRecord = z.infer<typeof ZImportRecord>;
