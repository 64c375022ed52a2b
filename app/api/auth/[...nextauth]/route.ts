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
  return NextAuth(getAuthOptions())(request, context);
}

export { handle as GET, handle as POST };
