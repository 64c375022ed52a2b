import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { redirect } from "next/navigation";
import { FormField } from "@/components/form-field";
import { getEnv } from "@/lib/env";
import { readCsrfToken } from "@/lib/server/auth/read-csrf-token";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "SignInPage" });
  return { title: t("metaTitle") };
}

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

// A plain HTML form posting to next-auth's credentials callback: works without JavaScript.
export default async function SignInPage({ searchParams }: TProps) {
  const params = await searchParams;
  const env = getEnv();
  const t = await getTranslations("SignInPage");
  const callbackUrl = safePath(params.callbackUrl, env.PUBLIC_URL);
  const csrfToken = await readCsrfToken();
  if (!csrfToken) {
    // next-auth sets its CSRF cookie on any of its routes, then sends the browser back here.
    if (params.csrf !== "retry") {
      const keep = new URLSearchParams({ callbackUrl });
      for (const key of ["error", "notice"]) if (params[key]) keep.set(key, params[key]!);
      redirect(`/api/auth/signin?${keep}`);
    }
    return <p className="error-box">{t("cookiesNeeded")}</p>;
  }
  // next-auth names its errors (and our callbacks name theirs); an unknown name gets the general message.
  const notice = params.notice && t.has(`notices.${params.notice}`) ? t(`notices.${params.notice}`) : undefined;
  const error = params.error ? (t.has(`errors.${params.error}`) ? t(`errors.${params.error}`) : t("failed")) : null;
  return (
    <section className="narrow">
      <h1>{t("title")}</h1>
      {notice ? <p role="status" className="notice">{notice}</p> : null}
      {error ? <p role="alert" className="error-box">{error}</p> : null}
      <form method="post" action="/api/auth/callback/credentials" className="stack">
        <input type="hidden" name="csrfToken" value={csrfToken} />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <FormField name="email" label={t("email")} type="email" autoComplete="username" required maxLength={254} />
        <FormField name="password" label={t("password")} type="password" autoComplete="current-password" required maxLength={200} />
        <button type="submit">{t("submit")}</button>
      </form>
      {env.OIDC_ISSUER ? (
        <form method="post" action="/api/auth/signin/oidc" className="stack">
          <input type="hidden" name="csrfToken" value={csrfToken} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button type="submit" className="secondary">
            {t("withProvider", { provider: env.OIDC_NAME })}
          </button>
        </form>
      ) : null}
      <p>{t.rich("noAccount", { link: (chunks) => <Link href="/register">{chunks}</Link> })}</p>
    </section>
  );
}
