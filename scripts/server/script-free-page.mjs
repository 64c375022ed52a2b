// The search page and the home page (the first a visitor opens) are sent as HTML and CSS only.
// Both are built to work without JavaScript (GET forms, facet and result links), and on a slow
// link the App Router's runtime would be most of their weight: React DOM and Next's router come
// to about 120 KB compressed even with brotli, more than the whole budget of a first load
// (100 KB). A document request for /, /search, /<locale> or /<locale>/search gets Next's HTML
// with its scripts and script preloads removed; the data requests of client-side navigation
// (RSC) are untouched, so a search reached from another page with JavaScript on still
// navigates in place.
import zlib from "node:zlib";

// The interface languages with an address prefix (lib/i18n/locales.ts; a unit test keeps them equal).
export const PREFIXED_LOCALES = ["ru", "uz", "uz-Cyrl", "kk", "ky", "tg", "tk"];
const PREFIX = `(?:\\/(?:${PREFIXED_LOCALES.join("|")}))?`;
const PATH = new RegExp(`^${PREFIX}(?:\\/search)?\\/?(?:\\?|$)`);

export function isScriptFreeRequest(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (req.headers.rsc || req.headers["next-router-prefetch"] || req.headers["next-router-state-tree"]) return false;
  const url = req.url ?? "";
  return PATH.test(url) && !/[?&]_rsc=/.test(url);
}

// Scripts out (JSON-LD and other data blocks stay); nothing else changes. Pages that stream
// content out of order (Suspense) need their scripts to be whole, so they are left as they are.
export function stripScripts(html) {
  if (/<template id="B:|<div hidden id="S:/.test(html)) return html;
  return html
    .replace(/<script\b(?![^>]*\btype="application\/(?:ld\+)?json")[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/<link\b[^>]*\bas="script"[^>]*>/gi, "")
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/gi, "");
}

// Brotli when the browser takes it (about 15 % smaller than gzip on these pages), else gzip.
function encode(body, acceptEncoding) {
  if (/\bbr\b/.test(acceptEncoding)) return { encoding: "br", bytes: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }) };
  if (/\bgzip\b/.test(acceptEncoding)) return { encoding: "gzip", bytes: zlib.gzipSync(body) };
  return { encoding: null, bytes: body };
}

// Holds Next's response, then sends it script-free and compressed with its length.
export function serveScriptFree(req, res) {
  const acceptEncoding = String(req.headers["accept-encoding"] ?? "");
  delete req.headers["accept-encoding"]; // Next must not compress what is rewritten here
  const chunks = [];
  const original = { writeHead: res.writeHead.bind(res), write: res.write.bind(res), end: res.end.bind(res) };
  res.writeHead = (status, ...rest) => {
    res.statusCode = status;
    const headers = rest.find((r) => r && typeof r === "object");
    if (headers) for (const [name, value] of Array.isArray(headers) ? pairs(headers) : Object.entries(headers)) res.setHeader(name, value);
    return res;
  };
  res.flushHeaders = () => {};
  res.write = (chunk, encoding, callback) => {
    if (chunk != null) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));
    (typeof encoding === "function" ? encoding : callback)?.();
    return true;
  };
  res.end = (chunk, encoding, callback) => {
    if (chunk != null && typeof chunk !== "function") res.write(chunk, encoding);
    let body = Buffer.concat(chunks);
    if (res.statusCode === 200 && /^text\/html/.test(String(res.getHeader("content-type") ?? ""))) {
      body = Buffer.from(stripScripts(body.toString("utf8")), "utf8");
    }
    const { encoding: used, bytes } = encode(body, acceptEncoding);
    if (used) res.setHeader("content-encoding", used);
    res.setHeader("vary", appendVary(res.getHeader("vary")));
    res.setHeader("content-length", bytes.length);
    const done = [chunk, encoding, callback].find((a) => typeof a === "function");
    res.writeHead = original.writeHead; // Node's end() writes the status line through it
    return req.method === "HEAD" ? original.end(done) : original.end(bytes, done);
  };
}

function pairs(flat) {
  const out = [];
  for (let i = 0; i < flat.length; i += 2) out.push([flat[i], flat[i + 1]]);
  return out;
}

function appendVary(vary) {
  const list = String(vary ?? "").split(",").map((v) => v.trim()).filter(Boolean);
  if (!list.some((v) => v.toLowerCase() === "accept-encoding")) list.push("Accept-Encoding");
  return list.join(", ");
}
