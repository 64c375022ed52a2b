// The search form: a plain GET to /search, so it works without JavaScript.
export function SearchBox({ q = "", hidden = {}, big = false }: { q?: string; hidden?: Record<string, string>; big?: boolean }) {
  return (
    <form action="/search" method="get" role="search" className={big ? "search-box big" : "search-box"}>
      <label htmlFor={big ? "q-main" : "q-header"} className="visually-hidden">
        Search all libraries
      </label>
      <input id={big ? "q-main" : "q-header"} type="search" name="q" defaultValue={q} maxLength={500} placeholder="Search in any language or script" />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit">Search</button>
    </form>
  );
}
