// A request made ahead of time in case the person goes there (Next's router prefetching a
// link, a browser's speculative prefetch or prerender): not a view, or not yet one.
export function isPrefetch(headers: { get(name: string): string | null }): boolean {
  if (headers.get("next-router-prefetch") !== null) return true;
  return /prefetch|prerender/i.test(`${headers.get("sec-purpose") ?? ""} ${headers.get("purpose") ?? ""}`);
}
