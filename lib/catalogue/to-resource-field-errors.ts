import type { z } from "zod";

// A message of the "ClientForms.issues" group in the viewer's language; the caller's translator
// adds the group (getTranslations on the server, useTranslations in the browser).
type TTranslate = (key: string, values?: Record<string, string | number>) => string;
type TIssue = z.core.$ZodIssue;

const at = (issue: TIssue, n: number) => issue.path[n];
const limit = (issue: TIssue) => Number("maximum" in issue ? issue.maximum : 0);

// The resource schema's messages are the API's English. The forms show them in the viewer's
// language, recognised by field and kind rather than by their English text; anything not
// recognised here (a tampered form) keeps the schema's own message.
function issueMessage(issue: TIssue, input: Record<string, unknown>, say: TTranslate): string {
  const field = at(issue, 0);
  switch (issue.code) {
    case "too_big":
      if (issue.origin === "string") return say("maxCharacters", { max: limit(issue) });
      if (field === "year") return say("yearTooLate", { year: String(limit(issue)) });
      if (field === "authors") return say("maxAuthors", { max: limit(issue) });
      if (field === "subjects") return say("maxSubjects", { max: limit(issue) });
      if (field === "keywords") return say("maxKeywords", { max: limit(issue) });
      if (field === "languages") return say("maxLanguages", { max: limit(issue) });
      break;
    case "too_small":
      if (field === "title") return say("titleEmpty");
      if (field === "authors" && at(issue, 2) === "name") return say("authorName");
      if (field === "year") return say("yearTooEarly");
      break;
    case "invalid_format":
      if (field === "authors" && at(issue, 2) === "orcid") return say("orcid");
      if (field === "subjects") return say("subjectCode");
      if (field === "languages") return say("languageTag");
      break;
    case "invalid_value":
      if (field === "level") return say("level", { levels: issue.values.join(", ") });
      if (field === "type") return say("type", { types: issue.values.join(", ") });
      if (field === "visibility") return say("visibility");
      break;
    case "invalid_type":
      if (field === "year") return say("yearNumber");
      if (field === "version") return say("version");
      break;
    case "custom":
      if (field === "title") return say("titleMissing");
      if (field === "license") return say("license", { value: String(input.license ?? "") });
      break;
  }
  return issue.message;
}

// A refused resource form's issues as translated messages per top-level field (the shape of
// toFieldErrors), for the browser's own check and the server's answer alike.
export function toResourceFieldErrors(error: z.ZodError, input: unknown, say: TTranslate): Record<string, string[]> {
  const values = (input && typeof input === "object" ? input : {}) as Record<string, unknown>;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issueMessage(issue, values, say));
  return fieldErrors;
}
