// The /search address for these parameters with some changed (null removes one); every
// change of filter starts again at page 1.
export function searchHref(current: Record<string, string | undefined>, change: Record<string, string | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...current, page: undefined, ...change })) {
    if (value !== undefined && value !== null && value !== "") params.set(key, value);
  }
  const query = params.toString();
  return query ? `/search?${query}` : "/search";
}
