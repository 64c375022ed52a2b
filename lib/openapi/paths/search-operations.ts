import { z } from "zod";
import { MAX_RESULT_DEPTH, ZSearchParams } from "@/lib/schemas/search";
import { RESPONSE_SCHEMAS as R } from "../api-components";
import type { TApiOperation } from "../api-operation";

// ZSearchParams is shared with the search page, so its parameters are described here.
const DESCRIBE: Record<keyof z.input<typeof ZSearchParams>, string> = {
  q: "The words to look for, in any script: Cyrillic and Latin spellings meet, apostrophes do not matter, inflected forms match. Empty: browse.",
  library: "Only this library's resources (country code, e.g. UZ).",
  institution: "Only this institution's resources (its short name, e.g. tuit).",
  subject: "Only resources in this ISCED-F field (2, 3 or 4 digits: 06, 061, 0613), narrower fields included.",
  language: "Only resources in this language; uz also finds uz-Latn and uz-Cyrl.",
  type: "Only this type of resource.",
  level: "Only this level.",
  license: "Only this licence: a Creative Commons URI or a name such as CC BY-SA.",
  year_from: "Only resources from this year on.",
  year_to: "Only resources up to this year.",
  collection: "Only the resources of this collection (its id).",
  sort: "relevance (the default with a query), newest (the default without) or downloads.",
  spell: "off: search as typed, without correcting words no resource contains.",
  page: `Page number, from 1 (default 1). Results go ${MAX_RESULT_DEPTH.toLocaleString("en")} deep.`,
  page_size: "Results per page, 1 to 100 (default 20).",
};

export const SEARCH_OPERATIONS: TApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/search",
    operationId: "search",
    tag: "Search",
    summary: "Search every library",
    description:
      "Published resources the caller may see, ranked (title, then keywords, subjects and authors, then description, then files' text), with facets. Titles and snippets come in the caller's language (Accept-Language) when the resource has it.",
    access: "anyone",
    query: ZSearchParams,
    headers: z.object({ "Accept-Language": z.string().optional().meta({ description: "Languages to show titles and snippets in, by preference (e.g. uz-Latn, ru;q=0.8)." }) }),
    describe: DESCRIBE,
    responses: { 200: { description: "One page of results with counts and facets.", schema: R.SearchResult } },
    errors: [400],
    example: { path: "/api/v1/search?q=matematika&library=UZ&page_size=5" },
  },
];
