// How Kitab's vocabularies meet the ones OER aggregators read (OERSI and other AMB/LRMI
// harvesters): the KIM vocabularies published under https://w3id.org/kim/. Keys are the
// API's spellings (lib/schemas/resource.ts); a value missing here has no counterpart and is left out.

export const HCRT_SCHEME = "https://w3id.org/kim/hcrt/scheme";
export const EDUCATIONAL_LEVEL_SCHEME = "https://w3id.org/kim/educationalLevel/";
export const ISCED_F_SCHEME = "https://w3id.org/kim/isced-2013/scheme";

// Higher Education Resource Types, with their English preferred labels.
const hcrt = (term: string, name: string) => ({ name, uri: `https://w3id.org/kim/hcrt/${term}` });
export const HCRT_TYPES: Readonly<Record<string, { name: string; uri: string }>> = {
  textbook: hcrt("textbook", "Textbook"),
  lecture_notes: hcrt("script", "Script"), // HCRT's scope note: "for example lecture notes"
  slides: hcrt("slide", "Presentation"),
  video_lecture: hcrt("video", "Video"),
  exercise_set: hcrt("drill_and_practice", "Drill and Practice"),
  assessment: hcrt("assessment", "Assessment"),
  course: hcrt("course", "Course"),
  lab_guide: hcrt("experiment", "Experiment"),
  dataset: hcrt("data", "Data"),
  other: hcrt("other", "Other"),
};

// The schema.org class beside LearningResource, only where one fits the whole resource (a
// dataset's schema.org Dataset is not among the types AMB accepts, so it stays LearningResource).
export const SCHEMA_ORG_TYPES: Readonly<Record<string, string>> = {
  textbook: "Book",
  lecture_notes: "TextDigitalDocument",
  slides: "PresentationDigitalDocument",
  video_lecture: "VideoObject",
  assessment: "Quiz",
  course: "Course",
};

// ISCED 2011 levels in KIM's educationalLevel vocabulary ("other" has none).
const level = (code: string, name: string) => ({ code, name, uri: `${EDUCATIONAL_LEVEL_SCHEME}level_${code}` });
export const EDUCATIONAL_LEVELS: Readonly<Record<string, { code: string; name: string; uri: string }>> = {
  vocational: level("4", "Post-secondary non-tertiary education"),
  bachelor: level("6", "Bachelor or equivalent"),
  master: level("7", "Master or equivalent"),
  doctoral: level("8", "Doctoral or equivalent"),
};
