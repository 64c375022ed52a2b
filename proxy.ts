import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";

const intl = createMiddleware(routing);
const STAFF_AREA = /^(\/[a-zA-Z-]{2,7})?\/admin(\/|$)/;

// Only redirects and rewrites: the interface language (next-intl: address, then cookie, then
// Accept-Language), and a visitor without a session cookie who opens a staff page goes to
// sign-in first. Every permission is still checked by the page itself.
export function proxy(request: NextRequest) {
  const hasSession = ["__Secure-next-auth.session-token", "next-auth.session-token"].some((name) => request.cookies.has(name));
  const staff = STAFF_AREA.exec(request.nextUrl.pathname);
  if (!hasSession && staff) {
    const signIn = new URL(`${staff[1] ?? ""}/signin`, request.url);
    signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(signIn);
  }
  return intl(request);
}

// Pages only: the JSON API, tus, OAI-PMH, feeds, sitemaps, Next's assets and files with an
// extension are not in any language. `/api` alone is the API's reference page.
export const config = { matcher: ["/((?!api/|oai|feeds/|sitemap|sitemaps/|vendor/|_next/|.*\\..*).*)"] };
