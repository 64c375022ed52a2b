"use server";

import { getLocale, getTranslations } from "next-intl/server";
import type { TLocale } from "@/lib/i18n/locales";
import { ZRegistration } from "@/lib/schemas/account";
import { authenticatedAction } from "@/lib/server/auth/authenticated-action";
import { registerUser } from "@/lib/server/auth/register-user";

// The confirmation mail goes out in the language of the page the form was on.
export const registerAction = authenticatedAction(
  "anyone",
  ZRegistration,
  async (input) => registerUser(input, (await getLocale()) as TLocale),
  async (result) => {
    const t = await getTranslations("AccountActions");
    return { ok: true, message: t("registered", { email: result.email }) };
  },
);
