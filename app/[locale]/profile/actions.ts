"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import { authenticatedAction, type TActionState } from "@/lib/server/auth/authenticated-action";
import { createApiToken } from "@/lib/server/auth/create-api-token";
import { revokeApiToken } from "@/lib/server/auth/revoke-api-token";
import { setUserLocale } from "@/lib/server/users/set-user-locale";
import { writeLocaleCookie } from "@/lib/server/users/write-locale-cookie";

// The schema is built per request: its messages are in the viewer's language.
export async function createTokenAction(previous: TActionState, form: FormData): Promise<TActionState> {
  const t = await getTranslations("AccountActions");
  const schema = z.object({ name: z.string().trim().min(1, t("tokenNameMissing")).max(100, t("tokenNameTooLong")) });
  return authenticatedAction("signedIn", schema, (input, viewer) => createApiToken(viewer!, input.name), ({ token }) => {
    revalidatePath("/[locale]/profile", "page");
    return { ok: true, message: t("tokenCreated", { token }) };
  })(previous, form);
}

export const revokeTokenAction = authenticatedAction("signedIn", z.object({ id: z.uuid() }), (input, viewer) => revokeApiToken(viewer!, input.id), async () => {
  revalidatePath("/[locale]/profile", "page");
  return { ok: true, message: (await getTranslations("AccountActions"))("revoked") };
});

// An empty choice is "follow my browser". The saved language also goes into the cookie the
// proxy reads, and the profile opens again in it: with no language in the address when the
// browser decides, so Accept-Language applies at once.
export const saveInterfaceLanguageAction = authenticatedAction(
  "signedIn",
  z.object({ locale: z.union([z.enum(LOCALES), z.literal("")]).transform((value) => value || null) }),
  (input, viewer) => setUserLocale(viewer!, input.locale),
  async ({ locale }) => {
    await writeLocaleCookie(locale);
    return redirect({ href: { pathname: "/profile", query: { saved: "language" } }, locale: locale ?? DEFAULT_LOCALE });
  },
);
