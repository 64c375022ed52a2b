// Text with the query's matches marked, built from ranges (never from HTML).
export function HighlightedText({ text, highlights, lang }: { text: string; highlights: [number, number][]; lang?: string }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  highlights.forEach(([start, end], i) => {
    if (start < at) return;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={i}>{text.slice(start, end)}</mark>);
    at = end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <span lang={lang}>{parts}</span>;
}
