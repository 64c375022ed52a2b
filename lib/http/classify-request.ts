// Which per-address allowance a request draws on: searches (the costliest reads), the other
// machine-facing endpoints, or none (pages, assets, uploads — uploads need an account and
// resume in many small requests).
export type TRequestClass = "search" | "api" | "none";

const SEARCH = /^(?:\/[a-z]{2}(?:-[A-Za-z]{4})?)?\/search\/?$|^\/api\/v1\/search\/?$/;
const API = /^\/(?:api\/v1\/|oai(?:\/|$)|feeds\/)/;

export function classifyRequest(pathname: string): TRequestClass {
  if (SEARCH.test(pathname)) return "search";
  if (API.test(pathname)) return "api";
  return "none";
}
