import type { Metadata } from "next";
import { headers } from "next/headers";
import { Link } from "@/lib/i18n/navigation";
import { HighlightedText } from "@/components/highlighted-text";
import { SearchBox } from "@/components/search-box";
import { SearchFacets } from "@/components/search-facets";
import { licenseLabel } from "@/lib/catalogue/normalize-license";
import { acceptedLanguages } from "@/lib/http/accepted-languages";
import { ZSearchParams, type TSearchResult } from "@/lib/schemas/search";
import { searchHref } from "@/lib/search/search-href";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { recordSearch } from "@/lib/server/search/record-search";
import { searchResources } from "@/lib/server/search/search-resources";

export const dynamic = "force-dynamic";

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: TProps): Promise<Metadata> {
  const q = (await searchParams).q;
  return { title: typeof q === "string" && q.trim() ? `${q.slice(0, 80)} · Search` : "Search", robots: { index: false } };
}

const FILTERS = ["library", "institution", "subject", "language", "type", "level", "license", "year_from", "year_to", "collection", "sort", "spell"] as const;

// The student's search: server-rendered, every filter in the address, no JavaScript needed.
export default async function SearchPage({ searchParams }: TProps) {
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = ZSearchParams.safeParse(raw);
  const current: Record<string, string | undefined> = Object.fromEntries(["q", ...FILTERS, "page_size"].map((k) => [k, raw[k]]));
  if (!parsed.success) {
    return (
      <section>
        <h1>Search</h1>
        <SearchBox q={typeof raw.q === "string" ? raw.q.slice(0, 500) : ""} big />
        <p className="error-box" role="alert">{parsed.error.issues[0]!.message} <Link href="/search">Start again</Link></p>
      </section>
    );
  }
  const viewer = await getViewer();
  const params = parsed.data;
  const result = await searchResources({ viewer, params, preferredLanguages: acceptedLanguages((await headers()).get("accept-language")) });
  if (params.page === 1) await recordSearch({ viewer, query: params.q, resultCount: result.total }).catch((error: unknown) => console.error("search log", error));
  const filtered = FILTERS.some((f) => f !== "sort" && f !== "spell" && current[f]);
  const lastPage = Math.ceil(Math.min(result.total, 2000) / params.page_size);
  return (
    <section className="search-page">
      <h1 className="visually-hidden">Search</h1>
      <SearchBox q={params.q} hidden={Object.fromEntries(FILTERS.flatMap((f) => (current[f] ? [[f, current[f]!]] : [])))} big />
      <p className="search-summary" role="status">
        {result.total_is_lower_bound ? "More than " : ""}
        {result.total.toLocaleString("en")} {result.total === 1 ? "resource" : "resources"}
        {params.q.trim() ? <> for <q>{params.q}</q></> : null}
        {result.matched === "any" ? " (matching any of the words)" : ""}
        {filtered ? <> · <Link href={searchHref({ q: params.q }, {})}>clear filters</Link></> : null}
      </p>
      {result.did_you_mean ? (
        <p className="did-you-mean" data-testid="did-you-mean">
          Showing results for <Link href={searchHref(current, { q: result.did_you_mean })}><strong>{result.did_you_mean}</strong></Link>.{" "}
          Search instead for <Link href={searchHref(current, { spell: "off" })}>{params.q}</Link>.
        </p>
      ) : null}
      <form action="/search" method="get" className="inline-form sort-form" aria-label="Sort">
        {Object.entries(current).filter(([k, v]) => v && k !== "sort").map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
        <label htmlFor="sort">Sort by</label>
        <select id="sort" name="sort" defaultValue={params.sort ?? (params.q.trim() ? "relevance" : "newest")}>
          <option value="relevance">Relevance</option>
          <option value="newest">Newest</option>
          <option value="downloads">Most downloaded</option>
        </select>
        <button type="submit" className="secondary">Sort</button>
      </form>
      <div className="search-layout">
        <SearchFacets facets={result.facets} current={current} />
        <div>
          {result.items.length ? <Results items={result.items} /> : <EmptyState q={params.q} filtered={filtered} />}
          {lastPage > 1 ? (
            <nav aria-label="Pages" className="pagination">
              {params.page > 1 ? <Link href={searchHref(current, { page: String(params.page - 1) })} rel="prev">← Previous</Link> : null}
              <span>Page {params.page} of {lastPage.toLocaleString("en")}</span>
              {params.page < lastPage ? <Link href={searchHref(current, { page: String(params.page + 1) })} rel="next">Next →</Link> : null}
            </nav>
          ) : null}
        </div>
      </div>
    </section>
  );
}

function Results({ items }: { items: TSearchResult["items"] }) {
  return (
    <ol className="results">
      {items.map((item) => (
        <li key={item.id} data-resource-id={item.id} className={item.thumbnail ? "with-thumbnail" : undefined}>
          {item.thumbnail ? (
            // eslint-disable-next-line @next/next/no-img-element -- a small stored WebP, sized and lazy
            <img className="result-thumbnail" src={item.thumbnail.url} width={item.thumbnail.width} height={item.thumbnail.height} alt="" loading="lazy" decoding="async" />
          ) : null}
          <h2>
            <Link href={`/resources/${item.id}`}><HighlightedText {...item.title} /></Link>
          </h2>
          {item.snippet ? <p className="snippet"><HighlightedText {...item.snippet} /></p> : null}
          <p className="meta">
            {item.institution.name} ({item.library}) · {item.languages.join(", ")}
            {item.type ? ` · ${item.type.replace("_", " ")}` : ""}
            {item.year ? ` · ${item.year}` : ""}
            {item.license ? ` · ${licenseLabel(item.license)}` : ""}
            {item.download_count ? ` · ${item.download_count.toLocaleString("en")} downloads` : ""}
          </p>
        </li>
      ))}
    </ol>
  );
}

function EmptyState({ q, filtered }: { q: string; filtered: boolean }) {
  return (
    <div className="empty-state" data-testid="empty-state">
      <p><strong>Nothing found{q.trim() ? <> for <q>{q}</q></> : null}.</strong> You could:</p>
      <ul>
        {filtered ? <li><Link href={searchHref({ q }, {})}>search again without the filters</Link>;</li> : null}
        <li>use fewer or more general words (for example the subject rather than a chapter);</li>
        <li>try the word in another language: resources are described in Russian, Kazakh, Kyrgyz, Uzbek, Tajik, Turkmen or English;</li>
        <li>check the spelling; Latin or Cyrillic letters both work;</li>
        <li>browse the <Link href="/collections">collections</Link> or <Link href="/search">everything, newest first</Link>.</li>
      </ul>
    </div>
  );
}
