import "server-only";
import { createTranslator, type Messages } from "next-intl";
import { getEnv } from "@/lib/env";
import { DEFAULT_LOCALE, type TLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/load-messages";

// The confirmation mail in the language of the page the person registered on, linking to the
// confirmation page in that language. Built without a request (createTranslator, and the
// prefix by hand: next-intl's navigation needs Next), so domain code and its tests send it too.
export async function composeVerificationMail(options: { locale: TLocale; name: string; token: string }): Promise<{ subject: string; text: string }> {
  const t = createTranslator({ locale: options.locale, messages: (await loadMessages(options.locale)) as Messages, namespace: "AccountMail" });
  // lib/i18n/routing.ts: only English addresses go without their language.
  const prefix = options.locale === DEFAULT_LOCALE ? "" : `/${options.locale}`;
  const link = `${getEnv().PUBLIC_URL}${prefix}/verify-email?token=${options.token}`;
  return { subject: t("verifySubject"), text: t("verifyText", { name: options.name, link }) };
}
