"use server";

import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { ZTokenForm } from "@/lib/schemas/account";
import { authenticatedAction } from "@/lib/server/auth/authenticated-action";
import { verifyEmail } from "@/lib/server/auth/verify-email";

export const verifyEmailAction = authenticatedAction("anyone", ZTokenForm, ({ token }) => verifyEmail(token), async () =>
  redirect({ href: { pathname: "/signin", query: { notice: "verified" } }, locale: await getLocale() }),
);
