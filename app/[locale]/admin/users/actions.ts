"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { ZInvitation } from "@/lib/schemas/account";
import { ZCsvImport, ZUserAccessUpdate, ZUserActiveUpdate } from "@/lib/schemas/admin";
import { authenticatedAction } from "@/lib/server/auth/authenticated-action";
import { importUsersCsv } from "@/lib/server/users/import-users-csv";
import { inviteUsers } from "@/lib/server/users/invite-users";
import { setUserActive } from "@/lib/server/users/set-user-active";
import { updateUserAccess } from "@/lib/server/users/update-user-access";

// The route pattern, so the page is refreshed in every interface language.
const refreshed = (message: string) => {
  revalidatePath("/[locale]/admin/users", "page");
  return { ok: true, message };
};

const messages = () => getTranslations("AdminMessages");

export const updateAccessAction = authenticatedAction("staff", ZUserAccessUpdate, (input, viewer) => updateUserAccess(viewer!, input), async () => refreshed((await messages())("saved")));

export const setActiveAction = authenticatedAction("staff", ZUserActiveUpdate, (input, viewer) => setUserActive(viewer!, input), async (user) => {
  const t = await messages();
  return refreshed(user.active ? t("activated") : t("deactivated"));
});

export const inviteAction = authenticatedAction("staff", ZInvitation, (input, viewer) => inviteUsers(viewer!, [input]), async () => refreshed((await messages())("invitationSent")));

export const importCsvAction = authenticatedAction("staff", ZCsvImport, (input, viewer) => importUsersCsv(viewer!, input.csv), async (result) =>
  refreshed((await messages())("invitationsSent", { count: result.invited })),
);
