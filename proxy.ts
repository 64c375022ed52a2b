import { NextResponse, type NextRequest } from "next/server";

// Only redirects: a visitor without a session cookie who opens a staff page goes to sign-in
// first. Every permission is still checked by the page itself.
export function proxy(request: NextRequest) {
  const hasSession = ["__Secure-next-auth.session-token", "next-auth.session-token"].some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const signIn = new URL("/signin", request.url);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = { matcher: ["/admin/:path*"] };
