import "server-only";
import { fileThumbnail } from "@/lib/files/file-thumbnail";
import type { TMaybeViewer } from "@/lib/authz/types";
import { getEnv } from "@/lib/env";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { buildQuery, toTsquery, type TQueryWord } from "@/lib/search/build-query";
import { highlight } from "@/lib/search/highlight";
import { ZSearchResult, type TSearchParams, type TSearchResult } from "@/lib/schemas/search";
import { getSearchDb } from "@/lib/server/database/get-search-db";
import { COUNT_LIMIT, countFacets } from "./count-facets";
import { labelFacets } from "./label-facets";
import { loadResultRows } from "./load-result-rows";
import { rankMatches } from "./rank-matches";
import { searchFilters } from "./search-filters";
import { suggestCorrections } from "./suggest-corrections";

const SNIPPET_LENGTH = 240;
// How alike a correction must be: strictly when the words as typed found something, loosely
// when they found nothing.
const TYPO_SIMILARITY = 0.5;
const LOOSE_SIMILARITY = 0.35;

// Search across every library: published resources the viewer may see, matched word by
// word through script folding and stemming, ranked by field weights, with facet counts.
// No result: typos are corrected from the index's own words (did_you_mean), then a query
// of several words is retried matching any of them.
export async function searchResources(options: { viewer: TMaybeViewer; params: TSearchParams; preferredLanguages: string[] }): Promise<TSearchResult> {
  const { viewer, params } = options;
  const db = getSearchDb();
  const parsed = buildQuery(params.q);
  if (params.q.trim() && !parsed.tsquery) return ZSearchResult.parse({ total: 0, total_is_lower_bound: false, matched: "none", did_you_mean: null, items: [], facets: {} });
  const order = params.sort ?? (parsed.tsquery ? "relevance" : "newest");
  const run = async (words: TQueryWord[], mode: "all" | "any") => {
    const tsquery = toTsquery(words, { mode });
    const where = searchFilters(params, viewer, tsquery);
    const headWhere = searchFilters(params, viewer, tsquery, "headVector");
    const offset = (params.page - 1) * params.page_size;
    const page = { tsquery, where, headWhere, order, limit: params.page_size, offset };
    if (order === "relevance" && tsquery) {
      const [ids, counted] = await Promise.all([rankMatches(db, page), countFacets(db, where)]);
      return { ids, ...counted };
    }
    // Date or download order: how to fetch the page depends on how many match.
    const counted = await countFacets(db, where);
    const ids = counted.total === 0 ? [] : await rankMatches(db, { ...page, few: counted.total <= COUNT_LIMIT });
    return { ids, ...counted };
  };
  let words = parsed.words;
  let matched: "all" | "any" = "all";
  let didYouMean: string | null = null;
  // Spelling is checked alongside the search: a word no indexed text contains is likely a
  // typo, and the corrected search starts as soon as a correction is known.
  const spelling = params.spell === "off" || !words.length ? Promise.resolve(null) : suggestCorrections(db, words, TYPO_SIMILARITY);
  const correctedRun = spelling.then(async (fixed) => (fixed ? { words: fixed, result: await run(fixed, "all") } : null));
  let result = await run(words, "all");
  let retry = await correctedRun;
  if (!retry && result.total === 0 && words.length) {
    const loose = await suggestCorrections(db, words, LOOSE_SIMILARITY);
    if (loose) retry = { words: loose, result: await run(loose, "all") };
  }
  if (retry && retry.result.total > 0) {
    [result, words, didYouMean] = [retry.result, retry.words, retry.words.map((w) => w.word).join(" ")];
  }
  if (result.total === 0 && words.length > 1) {
    const any = await run(words, "any");
    if (any.total > 0) [result, matched] = [any, "any"];
  }
  const [resources, facets] = await Promise.all([loadResultRows(db, result.ids), labelFacets(db, result.rows, options.preferredLanguages)]);
  const byId = new Map(resources.map((r) => [r.id, r]));
  const items = result.ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const preferred = [...options.preferredLanguages, ...r.languages];
    const title = pickTranslation(r.title, preferred) ?? { text: "", lang: "und" };
    const description = pickTranslation(r.description, [title.lang, ...preferred]);
    return [
      {
        id: r.id,
        url: `${getEnv().PUBLIC_URL}/resources/${r.id}`,
        title: highlight(title.text, title.lang, words),
        snippet: description ? highlight(description.text, description.lang, words, SNIPPET_LENGTH) : null,
        library: r.countryCode,
        institution: { slug: r.institutionSlug, name: pickTranslation(r.institutionNames, preferred)?.text ?? r.institutionSlug },
        languages: r.languages,
        type: r.type?.toLowerCase() ?? null,
        level: r.level?.toLowerCase() ?? null,
        license: r.license,
        year: r.year,
        download_count: r.downloadCount,
        source_id: r.sourceId,
        thumbnail: r.thumbnailFileId ? fileThumbnail(r.id, { id: r.thumbnailFileId, thumbnailHash: r.thumbnailHash, thumbnailWidth: r.thumbnailWidth, thumbnailHeight: r.thumbnailHeight }) : null,
      },
    ];
  });
  return ZSearchResult.parse({
    total: Math.min(result.total, COUNT_LIMIT),
    total_is_lower_bound: result.total > COUNT_LIMIT,
    matched: result.total ? matched : "none",
    did_you_mean: didYouMean,
    items,
    facets,
  });
}
