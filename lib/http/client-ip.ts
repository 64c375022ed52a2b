// The client's address as the nearest proxy saw it: the last X-Forwarded-For entry (a client
// can prepend anything, but not append after the proxy). `next start` fills the header from the
// socket when no proxy sent one; behind a proxy, the proxy must set or append it.
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>): string {
  const get = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value.join(",") : value;
  };
  const forwarded = get("x-forwarded-for")
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const ip = forwarded?.at(-1) ?? get("x-real-ip")?.trim();
  return ip ? ip.replace(/^::ffff:/, "").slice(0, 64) : "unknown";
}
