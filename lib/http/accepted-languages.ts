// The languages of an Accept-Language header, most wanted first (ru-RU;q=0.9 → ru-RU).
export function acceptedLanguages(header: string | null | undefined, max = 6): string[] {
  if (!header) return [];
  return header
    .slice(0, 500)
    .split(",")
    .map((part) => {
      const [tag, ...rest] = part.trim().split(";");
      const q = Number(rest.find((r) => r.trim().startsWith("q="))?.trim().slice(2) ?? 1);
      return { tag: tag!.trim(), q: Number.isFinite(q) ? q : 0 };
    })
    .filter((l) => /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(l.tag) && l.q > 0)
    .sort((a, b) => b.q - a.q)
    .slice(0, max)
    .map((l) => l.tag);
}
