import NextAuth from "next-auth";
import { clientIp } from "@/lib/http/client-ip";
import { errorResponse } from "@/lib/http/error-response";
import { AppError } from "@/lib/errors";
import { getAuthOptions } from "@/lib/server/auth/auth-options";
import { checkSignInRateLimit } from "@/lib/server/auth/check-sign-in-rate-limit";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ nextauth: string[] }> };

async function handle(request: Request, context: TContext) {
  const [action, provider] = (await context.params).nextauth;
  if (request.method === "POST" && action === "callback" && provider === "credentials") {
    const form = await request.clone().formData().catch(() => null);
    const email = String(form?.get("email") ?? "").slice(0, 254);
    const limit = await checkSignInRateLimit({ email, ip: clientIp(request.headers) });
    if (limit.limited) {
      const minutes = Math.ceil(limit.retryAfterSeconds / 60);
      return errorResponse(
        request,
        new AppError("RATE_LIMITED", `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, {
          retryAfterSeconds: limit.retryAfterSeconds,
        }),
      );
    }
  }
  const response: Response = await NextAuth(getAuthOptions())(request, context);
  if (request.method === "GET" && action === "signin") return backToSignInPage(request, response);
  return response;
}

// The sign-in page bounces through here once to get next-auth's CSRF cookie; next-auth then
// redirects back to it, and this keeps the page's notice and marks the round trip done.
function backToSignInPage(request: Request, response: Response): Response {
  const location = response.headers.get("location");
  if (!location) return response;
  // Kept relative when next-auth made it relative: request.url's host is Next's own, not the visitor's.
  const absolute = /^https?:\/\//.test(location);
  const target = new URL(location, "http://relative.invalid");
  if (target.pathname !== "/signin") return response;
  const notice = new URL(request.url).searchParams.get("notice");
  if (notice) target.searchParams.set("notice", notice.slice(0, 32));
  target.searchParams.set("csrf", "retry");
  const headers = new Headers(response.headers);
  headers.set("location", absolute ? target.toString() : `${target.pathname}${target.search}`);
  return new Response(null, { status: response.status, headers });
}

export { handle as GET, handle as POST };
