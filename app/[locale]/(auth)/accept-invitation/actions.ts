"use server";

import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { ZSetPassword } from "@/lib/schemas/account";
import { acceptInvitation } from "@/lib/server/auth/accept-invitation";
import { authenticatedAction } from "@/lib/server/auth/authenticated-action";

export const acceptInvitationAction = authenticatedAction("anyone", ZSetPassword, (input) => acceptInvitation(input), async () =>
  redirect({ href: { pathname: "/signin", query: { notice: "invited" } }, locale: await getLocale() }),
);
