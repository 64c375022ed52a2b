import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { isScriptFreeRequest, PREFIXED_LOCALES, stripScripts } from "../../scripts/server/script-free-page.mjs";

const request = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ url, method, headers });

describe("the script-free search page", () => {
  it("knows the same interface languages as the application", () => {
    expect(PREFIXED_LOCALES).toEqual(LOCALES.filter((l) => l !== "en"));
  });

  it("applies to document requests for the search and home pages in any language", () => {
    for (const url of ["/search?q=fizika", "/search", "/ru/search?q=x", "/uz-Cyrl/search?q=x", "/kk/search/?q=x", "/", "/?from=mail", "/ru", "/tg/"]) expect(isScriptFreeRequest(request(url)), url).toBe(true);
    for (const url of ["/searching", "/resources/1", "/api/v1/search?q=x", "/ru/search/extra", "/search?q=x&_rsc=1a2b", "/my", "/en", "/ru/my", "/admin"]) expect(isScriptFreeRequest(request(url)), url).toBe(false);
    expect(isScriptFreeRequest(request("/search?q=x", { rsc: "1" }))).toBe(false);
    expect(isScriptFreeRequest(request("/search?q=x", {}, "POST"))).toBe(false);
  });

  it("removes scripts and script preloads, and keeps data blocks and everything else", () => {
    const html = [
      '<html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
      '<script src="/_next/static/chunks/c.js" async=""></script>',
      '<script type="application/ld+json">{"@type":"LearningResource"}</script></head>',
      '<body><form action="/search"><input name="q"/></form><a href="/resources/1">Fizika</a>',
      '<script>self.__next_f.push([1,"payload </div>"])</script></body></html>',
    ].join("");
    const out = stripScripts(html);
    expect(out).not.toMatch(/<script(?![^>]*ld\+json)/);
    expect(out).not.toContain('as="script"');
    expect(out).toContain('<script type="application/ld+json">{"@type":"LearningResource"}</script>');
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>');
    expect(out).toContain('<form action="/search"><input name="q"/></form><a href="/resources/1">Fizika</a>');
  });

  it("leaves a page that streams content out of order as it is, since its scripts place the content", () => {
    const html = '<div hidden id="S:0"><p>late</p></div><script>$RC("B:0","S:0")</script>';
    expect(stripScripts(html)).toBe(html);
  });
});
