import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { z } from "zod";
import { PageLinks } from "@/components/page-links";
import { SearchBox } from "@/components/search-box";
import { SearchEmptyState } from "@/components/search-empty-state";
import { SearchFacets } from "@/components/search-facets";
import { SearchResults } from "@/components/search-results";
import { getContentLanguages } from "@/lib/i18n/get-content-languages";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { LEVELS, TYPES } from "@/lib/schemas/resource";
import { MAX_PAGE_SIZE, MAX_RESULT_DEPTH, ZSearchParams } from "@/lib/schemas/search";
import { MAX_QUERY_LENGTH } from "@/lib/search/build-query";
import { searchHref } from "@/lib/search/search-href";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { recordSearch } from "@/lib/server/search/record-search";
import { searchResources } from "@/lib/server/search/search-resources";
import { logger } from "@/lib/log/logger";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: TProps): Promise<Metadata> {
  const [t, q] = await Promise.all([getTranslations({ locale: (await params).locale, namespace: "SearchPage" }), searchParams.then((s) => s.q)]);
  return { title: typeof q === "string" && q.trim() ? t("titleWithQuery", { query: q.slice(0, 80) }) : t("title"), robots: { index: false } };
}

const FILTERS = ["library", "institution", "subject", "language", "type", "level", "license", "year_from", "year_to", "collection", "sort", "spell"] as const;

// The student's search: server-rendered, every filter in the address, no JavaScript needed.
export default async function SearchPage({ searchParams }: TProps) {
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = ZSearchParams.safeParse(raw);
  const current: Record<string, string | undefined> = Object.fromEntries(["q", ...FILTERS, "page_size"].map((k) => [k, raw[k]]));
  const [t, locale] = await Promise.all([getTranslations("SearchPage"), getLocale()]);
  if (!parsed.success) {
    return (
      <section>
        <h1>{t("title")}</h1>
        <SearchBox q={typeof raw.q === "string" ? raw.q.slice(0, 500) : ""} big />
        <p className="error-box" role="alert">{invalidMessage(t, parsed.error.issues[0]!)} <Link href="/search">{t("startAgain")}</Link></p>
      </section>
    );
  }
  const viewer = await getViewer();
  const params = parsed.data;
  const result = await searchResources({ viewer, params, preferredLanguages: await getContentLanguages() });
  if (params.page === 1) await recordSearch({ viewer, query: params.q, resultCount: result.total }).catch((error: unknown) => logger.error({ err: error }, "search log not written"));
  const filtered = FILTERS.some((f) => f !== "sort" && f !== "spell" && current[f]);
  const q = (chunks: React.ReactNode) => <q>{chunks}</q>;
  const count = { count: result.total, query: params.q, q };
  const hasQuery = params.q.trim() !== "";
  return (
    <section className="search-page">
      <h1 className="visually-hidden">{t("title")}</h1>
      <SearchBox q={params.q} hidden={Object.fromEntries(FILTERS.flatMap((f) => (current[f] ? [[f, current[f]!]] : [])))} big />
      <p className="search-summary" role="status">
        {result.total_is_lower_bound ? (hasQuery ? t.rich("moreThanResultsFor", count) : t.rich("moreThanResults", count)) : hasQuery ? t.rich("resultsFor", count) : t.rich("results", count)}
        {result.matched === "any" ? <> {t("matchingAny")}</> : null}
        {filtered ? <> · <Link href={searchHref({ q: params.q }, {})}>{t("clearFilters")}</Link></> : null}
      </p>
      {result.did_you_mean ? (
        <p className="did-you-mean" data-testid="did-you-mean">
          {t.rich("didYouMean", {
            suggestion: result.did_you_mean,
            query: params.q,
            corrected: (chunks) => <Link href={searchHref(current, { q: result.did_you_mean })}><strong>{chunks}</strong></Link>,
            original: (chunks) => <Link href={searchHref(current, { spell: "off" })}>{chunks}</Link>,
          })}
        </p>
      ) : null}
      <form action={getPathname({ href: "/search", locale })} method="get" className="inline-form sort-form" aria-label={t("sortForm")}>
        {Object.entries(current).filter(([k, v]) => v && k !== "sort").map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
        <label htmlFor="sort">{t("sortBy")}</label>
        <select id="sort" name="sort" defaultValue={params.sort ?? (hasQuery ? "relevance" : "newest")}>
          <option value="relevance">{t("sortRelevance")}</option>
          <option value="newest">{t("sortNewest")}</option>
          <option value="downloads">{t("sortDownloads")}</option>
        </select>
        <button type="submit" className="secondary">{t("sortSubmit")}</button>
      </form>
      <div className="search-layout">
        <SearchFacets facets={result.facets} current={current} />
        <div>
          {result.items.length ? <SearchResults items={result.items} /> : <SearchEmptyState q={params.q} filtered={filtered} />}
          <PageLinks pathname="/search" query={current} page={params.page} total={Math.min(result.total, MAX_RESULT_DEPTH)} pageSize={params.page_size} />
        </div>
      </div>
    </section>
  );
}

// The schema's messages are English (the API answers with them); the page says the same in the
// viewer's language, by the parameter at fault.
function invalidMessage(t: Awaited<ReturnType<typeof getTranslations<"SearchPage">>>, issue: z.core.$ZodIssue): string {
  const field = String(issue.path[0] ?? "q");
  if (field === "page" && issue.code === "custom") return t("invalid.depth", { max: MAX_RESULT_DEPTH });
  const key = field.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
  const values = field === "type" ? Object.keys(TYPES).join(", ") : Object.keys(LEVELS).join(", ");
  return t.has(`invalid.${key}`) ? t(`invalid.${key}`, { max: field === "q" ? MAX_QUERY_LENGTH : MAX_PAGE_SIZE, values }) : issue.message;
}
