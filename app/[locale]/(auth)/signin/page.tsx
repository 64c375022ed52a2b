import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { redirect } from "next/navigation";
import { FormField } from "@/components/form-field";
import { getEnv } from "@/lib/env";
import { readCsrfToken } from "@/lib/server/auth/read-csrf-token";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

const MESSAGES: Record<string, string> = {
  CredentialsSignin: "Wrong email or password, or the account is deactivated.",
  EmailNotVerified: "Confirm your email address first: follow the link we sent you when you registered.",
  NotAMember: "Your account's email domain does not belong to a partner institution.",
  AccessDenied: "Your account's email domain does not belong to a partner institution.",
  OidcEmailNotVerified: "Your university account did not confirm its email address, so Kitab cannot use it.",
  AccountDisabled: "This account is deactivated. Ask your library's librarian.",
  SessionRequired: "Sign in to continue.",
};

const NOTICES: Record<string, string> = {
  verified: "Your email address is confirmed. You can sign in now.",
  invited: "Your account is ready. Sign in with your new password.",
};

// Only addresses on this site (next-auth hands back absolute ones), as a path.
function safePath(value: string | undefined, publicUrl: string): string {
  if (!value) return "/";
  try {
    const url = new URL(value, publicUrl);
    return url.origin === new URL(publicUrl).origin && !value.startsWith("//") ? `${url.pathname}${url.search}` : "/";
  } catch {
    return "/";
  }
}

type TProps = { searchParams: Promise<Record<string, string | undefined>> };

// A plain HTML form posting to next-auth's credentials callback: works without JavaScript.
export default async function SignInPage({ searchParams }: TProps) {
  const params = await searchParams;
  const env = getEnv();
  const callbackUrl = safePath(params.callbackUrl, env.PUBLIC_URL);
  const csrfToken = await readCsrfToken();
  if (!csrfToken) {
    // next-auth sets its CSRF cookie on any of its routes, then sends the browser back here.
    if (params.csrf !== "retry") {
      const keep = new URLSearchParams({ callbackUrl });
      for (const key of ["error", "notice"]) if (params[key]) keep.set(key, params[key]!);
      redirect(`/api/auth/signin?${keep}`);
    }
    return <p className="error-box">Sign-in needs cookies: please allow cookies for this site and reload.</p>;
  }
  const notice = params.notice ? NOTICES[params.notice] : undefined;
  const error = params.error ? (MESSAGES[params.error] ?? "Sign-in failed. Please try again.") : null;
  return (
    <section className="narrow">
      <h1>Sign in</h1>
      {notice ? <p role="status" className="notice">{notice}</p> : null}
      {error ? <p role="alert" className="error-box">{error}</p> : null}
      <form method="post" action="/api/auth/callback/credentials" className="stack">
        <input type="hidden" name="csrfToken" value={csrfToken} />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <FormField name="email" label="Email" type="email" autoComplete="username" required maxLength={254} />
        <FormField name="password" label="Password" type="password" autoComplete="current-password" required maxLength={200} />
        <button type="submit">Sign in</button>
      </form>
      {env.OIDC_ISSUER ? (
        <form method="post" action="/api/auth/signin/oidc" className="stack">
          <input type="hidden" name="csrfToken" value={csrfToken} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button type="submit" className="secondary">
            Sign in with {env.OIDC_NAME}
          </button>
        </form>
      ) : null}
      <p>
        No account yet? <Link href="/register">Register with your university email</Link>.
      </p>
    </section>
  );
}
