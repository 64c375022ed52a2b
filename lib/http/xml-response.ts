import { createHash } from "node:crypto";

type TXmlResponseOptions = { contentType: string; lastModified?: Date; maxAgeSeconds?: number };

function matchesEtag(header: string, etag: string): boolean {
  // Weak comparison (RFC 9110 13.1.2): W/"x" and "x" are the same resource version.
  return header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t.replace(/^W\//, "") === etag;
  });
}

// A public, cacheable XML document (feeds, sitemaps) with an ETag from its bytes and its
// Last-Modified date; If-None-Match naming the current version gets 304 and no body.
export function xmlResponse(request: Request, body: string, options: TXmlResponseOptions): Response {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers = new Headers({
    "Content-Type": options.contentType,
    "Cache-Control": `public, max-age=${options.maxAgeSeconds ?? 300}`,
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
  });
  if (options.lastModified) headers.set("Last-Modified", options.lastModified.toUTCString());
  // Only the ETag decides: a feed's date is its newest entry's, which stays the same (or goes
  // back) when an entry is withdrawn, so If-Modified-Since could wrongly answer 304.
  const ifNoneMatch = request.headers.get("if-none-match");
  const unchanged = ifNoneMatch !== null && matchesEtag(ifNoneMatch, etag);
  if (unchanged) return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : body, { status: 200, headers });
}
