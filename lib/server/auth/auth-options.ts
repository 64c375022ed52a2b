import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getEnv } from "@/lib/env";
import { clientIp } from "@/lib/http/client-ip";
import { restoreSavedLocale } from "./restore-saved-locale";
import { signInWithOidc } from "./sign-in-with-oidc";
import { verifyCredentials } from "./verify-credentials";

let options: AuthOptions | undefined;

// next-auth with JWT sessions. The token only carries the user's id: role, country and
// active flag are read from the database on every request (get-viewer.ts), so a role change
// or a deactivation takes effect at once.
export function getAuthOptions(): AuthOptions {
  if (options) return options;
  const env = getEnv();
  const providers: AuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        if (!credentials?.email || !credentials.password) return null;
        return verifyCredentials({
          email: credentials.email,
          password: credentials.password,
          ip: clientIp(request?.headers ?? {}),
        });
      },
    }),
  ];
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    providers.push({
      id: "oidc",
      name: env.OIDC_NAME,
      type: "oauth",
      wellKnown: `${env.OIDC_ISSUER}/.well-known/openid-configuration`,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile(profile: { sub: string; email?: string; name?: string }) {
        return { id: profile.sub, email: profile.email ?? null, name: profile.name ?? null };
      },
    });
  }
  options = {
    secret: env.AUTH_SECRET,
    providers,
    session: { strategy: "jwt", maxAge: 7 * 24 * 3600 },
    pages: { signIn: "/signin", error: "/signin" },
    callbacks: {
      async signIn({ account, profile, user }) {
        if (account?.provider !== "oidc") return true;
        const p = profile as { email?: unknown; email_verified?: unknown; name?: unknown } | undefined;
        const outcome = await signInWithOidc({ email: p?.email, emailVerified: p?.email_verified, name: p?.name });
        if (!outcome.ok) return `/signin?error=${outcome.reason}`;
        user.id = outcome.userId;
        return true;
      },
      async jwt({ token, user }) {
        if (user) token.uid = user.id;
        return token;
      },
      async session({ session, token }) {
        return { expires: session.expires, userId: token.uid };
      },
    },
    events: {
      // Runs inside next-auth's route handler, where cookies() adds to its response.
      async signIn({ user }) {
        await restoreSavedLocale(user.id);
      },
    },
  };
  return options;
}
