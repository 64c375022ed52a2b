// Security headers on every response Kitab's server sends (README: "Security headers").
//
// Pages get a Content-Security-Policy whose scripts must carry a nonce made fresh for each
// request ('strict-dynamic' then trusts what those scripts load: Next's chunks, pdf.js). Next
// finds the nonce in the request's own Content-Security-Policy header (script-src, else
// default-src) and stamps it on every script it renders, which works because every Kitab page is
// rendered per request (force-dynamic, or dynamic through next-intl's request locale): a page
// prerendered at build time would carry no nonce, and its scripts would be refused.
// Files of users are sent with a policy that runs nothing, and the JSON API with one that loads
// nothing, so that an uploaded HTML or SVG opened in the browser cannot act in Kitab's origin.
import { randomBytes } from "node:crypto";

// Downloads, previews (?inline=1) and thumbnails of users' files.
const USER_FILE = /^\/api\/v1\/resources\/[^/]+\/files\/[^/?#]+\/(?:download|thumbnail)(?:[/?#]|$)/;
const API = /^\/api\//;

export const USER_FILE_POLICY = "default-src 'none'; sandbox";
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

// What does not depend on the request: the site's own address and the other origins pages use.
export function securitySettings(env, { dev = false } = {}) {
  const origin = (value) => {
    try {
      return value ? new URL(value).origin : undefined;
    } catch {
      return undefined;
    }
  };
  const publicUrl = env.PUBLIC_URL || `http://localhost:${env.PORT || 3000}`;
  // Downloads with S3_PUBLIC_URL are redirects to presigned URLs there, which <img>, <video>,
  // pdf.js (fetch) and the text preview's frame follow. Without path-style addressing the URL's
  // host starts with the bucket's name.
  const s3 = origin(env.S3_PUBLIC_URL);
  const storage = [];
  if (s3) {
    storage.push(s3);
    const pathStyle = !/^(0|false|off|no)$/i.test(env.S3_PATH_STYLE ?? "");
    if (!pathStyle) {
      const url = new URL(s3);
      storage.push(`${url.protocol}//${env.S3_BUCKET || "kitab"}.${url.host}`);
    }
  }
  return {
    dev,
    publicOrigin: origin(publicUrl),
    storageOrigins: storage,
    // The "Sign in with …" button is a form posting to next-auth, which answers with a redirect
    // to the issuer; browsers hold a form's redirects to form-action too.
    oidcOrigin: origin(env.OIDC_ISSUER),
  };
}

export function makeNonce() {
  return randomBytes(18).toString("base64");
}

// The policy of a page. style-src keeps 'unsafe-inline' (and so no nonce, which would switch it
// off): React writes style attributes into server-rendered HTML, the statistics charts are SVG
// with <style> elements inside, and Uppy's dashboard sets style attributes. Styles cannot run
// code; scripts stay nonce-only.
export function pagePolicy(nonce, settings) {
  const storage = settings.storageOrigins.join(" ");
  const withStorage = (sources) => (storage ? `${sources} ${storage}` : sources);
  const formTargets = ["'self'", settings.publicOrigin, settings.oidcOrigin].filter(Boolean);
  const directives = [
    "default-src 'self'",
    // 'self' only counts for browsers without 'strict-dynamic' (CSP level 2); Next's development
    // server evaluates its modules' source.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${settings.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    withStorage("img-src 'self' data: blob:"),
    withStorage("media-src 'self' blob:"),
    "font-src 'self' data:",
    withStorage("connect-src 'self'"),
    // pdf.js runs its parser in a module worker from /vendor/pdfjs.
    "worker-src 'self' blob:",
    // The text preview is a sandboxed frame of the file's own address.
    withStorage("frame-src 'self'"),
    "frame-ancestors 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${[...new Set(formTargets)].join(" ")}`,
  ];
  return directives.join("; ");
}

// Whether the browser reached us over TLS: the front proxy says so in X-Forwarded-Proto (its
// first value is the hop nearest the browser). Without that header, PUBLIC_URL's scheme counts
// only for requests addressed to PUBLIC_URL's host, so that a plain-http request to the app's
// own port never gets HSTS.
export function cameOverTls(req, settings) {
  if (req.socket?.encrypted) return true;
  const forwarded = req.headers["x-forwarded-proto"];
  if (forwarded) return String(forwarded).split(",")[0].trim().toLowerCase() === "https";
  if (!settings.publicOrigin?.startsWith("https:")) return false;
  return String(req.headers.host ?? "").toLowerCase() === new URL(settings.publicOrigin).host;
}

// The headers for one request: `request` goes into the request (Next reads the nonce from it),
// `response` onto the response (a route's own header of the same name replaces it later).
export function securityHeaders(req, settings) {
  const path = req.url ?? "/";
  /** @type {Record<string, string>} */
  const response = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "SAMEORIGIN",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  };
  if (cameOverTls(req, settings)) response["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  if (USER_FILE.test(path) || API.test(path)) {
    response["Content-Security-Policy"] = USER_FILE.test(path) ? USER_FILE_POLICY : API_POLICY;
    return { nonce: null, request: null, response };
  }
  const nonce = makeNonce();
  response["Content-Security-Policy"] = pagePolicy(nonce, settings);
  return { nonce, request: response["Content-Security-Policy"], response };
}

let cached;

// Called by scripts/server.mjs for each request before Next handles it.
export function applySecurityHeaders(req, res, dev = false) {
  cached ??= securitySettings(process.env, { dev });
  const { request, response } = securityHeaders(req, cached);
  // Whatever the client sent must not choose the nonce.
  delete req.headers["content-security-policy-report-only"];
  if (request) req.headers["content-security-policy"] = request;
  else delete req.headers["content-security-policy"];
  for (const [name, value] of Object.entries(response)) res.setHeader(name, value);
}
