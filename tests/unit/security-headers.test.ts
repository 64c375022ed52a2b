import { describe, expect, it } from "vitest";
import { getScriptNonceFromHeader } from "next/dist/server/app-render/get-script-nonce-from-header";
import { API_POLICY, cameOverTls, pagePolicy, securityHeaders, securitySettings, USER_FILE_POLICY } from "../../scripts/server/security-headers.mjs";

type TRequest = { url: string; headers: Record<string, string>; socket?: { encrypted?: boolean } };
const request = (url: string, headers: Record<string, string> = {}): TRequest => ({ url, headers });
const plain = securitySettings({ PORT: "3000" });
const directives = (policy: string) => new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));

describe("security headers", () => {
  it("gives every page a fresh nonce that Next reads back from the request's policy", () => {
    const first = securityHeaders(request("/search?q=x"), plain);
    const second = securityHeaders(request("/search?q=x"), plain);
    expect(first.nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
    expect(second.nonce).not.toBe(first.nonce);
    expect(first.request).toBe(first.response["Content-Security-Policy"]);
    expect(getScriptNonceFromHeader(first.request!)).toBe(first.nonce);
    const script = directives(first.request!).get("script-src")!;
    expect(script).toEqual(["'self'", `'nonce-${first.nonce}'`, "'strict-dynamic'"]);
  });

  it("runs no inline script, loads no plugin, and keeps forms and frames at home", () => {
    const policy = directives(pagePolicy("abc", plain));
    for (const [name, sources] of policy) if (name !== "style-src") expect(sources, name).not.toContain("'unsafe-inline'");
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]); // no nonce: it would switch 'unsafe-inline' off
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'", "http://localhost:3000"]);
    expect(policy.get("worker-src")).toEqual(["'self'", "blob:"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).not.toContain("'unsafe-eval'");
    expect(directives(pagePolicy("abc", securitySettings({}, { dev: true }))).get("script-src")).toContain("'unsafe-eval'");
  });

  it("lets pages reach presigned S3 downloads and the OIDC issuer's sign-in", () => {
    const settings = securitySettings({ PUBLIC_URL: "https://kitab.example.org", S3_PUBLIC_URL: "https://files.example.org:9000/", OIDC_ISSUER: "https://id.example.edu/realms/uni" });
    const policy = directives(pagePolicy("abc", settings));
    for (const name of ["img-src", "media-src", "connect-src", "frame-src"]) expect(policy.get(name), name).toContain("https://files.example.org:9000");
    expect(policy.get("script-src")).not.toContain("https://files.example.org:9000");
    expect(policy.get("form-action")).toEqual(["'self'", "https://kitab.example.org", "https://id.example.edu"]);
    const virtualHost = directives(pagePolicy("abc", securitySettings({ S3_PUBLIC_URL: "https://s3.example.org", S3_PATH_STYLE: "false", S3_BUCKET: "books" })));
    expect(virtualHost.get("img-src")).toEqual(["'self'", "data:", "blob:", "https://s3.example.org", "https://books.s3.example.org"]);
  });

  it("sends users' files with a policy that runs nothing, and the API with one that loads nothing", () => {
    for (const url of ["/api/v1/resources/r1/files/f1/download", "/api/v1/resources/r1/files/f1/download?inline=1", "/api/v1/resources/r1/files/f1/thumbnail?v=ab"]) {
      const headers = securityHeaders(request(url), plain);
      expect(headers.response["Content-Security-Policy"], url).toBe(USER_FILE_POLICY);
      expect(headers.request, url).toBeNull();
    }
    expect(USER_FILE_POLICY).toBe("default-src 'none'; sandbox");
    for (const url of ["/api/v1/search?q=x", "/api/uploads", "/api/health"]) expect(securityHeaders(request(url), plain).response["Content-Security-Policy"], url).toBe(API_POLICY);
    // The API's reference page is a page.
    expect(securityHeaders(request("/api"), plain).nonce).not.toBeNull();
    const headers = securityHeaders(request("/api/v1/resources"), plain).response;
    expect(headers).toMatchObject({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin", "X-Frame-Options": "SAMEORIGIN" });
    expect(headers["Permissions-Policy"]).toContain("camera=()");
  });

  it("sends HSTS only when the browser came over TLS", () => {
    const https = securitySettings({ PUBLIC_URL: "https://kitab.example.org" });
    const hsts = (req: TRequest, settings = https) => securityHeaders(req, settings).response["Strict-Transport-Security"];
    expect(hsts(request("/", { "x-forwarded-proto": "https", host: "kitab.example.org" }))).toBe("max-age=31536000; includeSubDomains");
    expect(hsts(request("/", { "x-forwarded-proto": "https, http" }), plain)).toBeDefined();
    expect(hsts({ url: "/", headers: {}, socket: { encrypted: true } }, plain)).toBeDefined();
    // A proxy that does not say: PUBLIC_URL's scheme, for requests to PUBLIC_URL's host only.
    expect(hsts(request("/", { host: "kitab.example.org" }))).toBeDefined();
    expect(hsts(request("/", { host: "10.0.0.5:3000" }))).toBeUndefined();
    expect(hsts(request("/", { "x-forwarded-proto": "http", host: "kitab.example.org" }))).toBeUndefined();
    expect(hsts(request("/", { host: "localhost:3000" }), plain)).toBeUndefined();
    expect(hsts(request("/api/v1/resources/r/files/f/download", { "x-forwarded-proto": "https" }))).toBeDefined();
    expect(cameOverTls(request("/", { "x-forwarded-proto": "HTTPS" }), plain)).toBe(true);
  });
});
