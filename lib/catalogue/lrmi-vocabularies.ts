// How Kitab's vocabularies meet the ones OER aggregators read (OERSI and other AMB/LRMI
// harvesters): the KIM vocabularies published under https://w3id.org/kim/. Keys are the
// API's spellings (lib/schemas/resource.ts); a value missing here has no counterpart and is left out.

export const HCRT_SCHEME = "https://w3id.org/kim/hcrt/scheme";
export const EDUCATIONAL_LEVEL_SCHEME = "https://w3id.org/kim/educationalLevel/";
export const ISCED_F_SCHEME = "https://w3id.org/kim/isced-2013/scheme";

// Higher Education Resource Types, with their English preferred labels.
export const HCRT_TYPES: Readonly<Record<string, { term: string; name: string }>> = {
  textbook: { term: "textbook", name: "Textbook" },
  lecture_notes: { term: "script", name: "Script" }, // HCRT's scope note: "for example lecture notes"
  slides: { term: "slide", name: "Presentation" },
  video_lecture: { term: "video", name: "Video" },
  exercise_set: { term: "drill_and_practice", name: "Drill and Practice" },
  assessment: { term: "assessment", name: "Assessment" },
  course: { term: "course", name: "Course" },
  lab_guide: { term: "experiment", name: "Experiment" },
  dataset: { term: "data", name: "Data" },
  other: { term: "other", name: "Other" },
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
export const EDUCATIONAL_LEVELS: Readonly<Record<string, { term: string; code: string; name: string }>> = {
  vocational: { term: "level_4", code: "4", name: "Post-secondary non-tertiary education" },
  bachelor: { term: "level_6", code: "6", name: "Bachelor or equivalent" },
  master: { term: "level_7", code: "7", name: "Master or equivalent" },
  doctoral: { term: "level_8", code: "8", name: "Doctoral or equivalent" },
};
