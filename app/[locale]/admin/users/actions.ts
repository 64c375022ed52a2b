"use server";

import { revalidatePath } from "next/cache";
import { ZInvitation } from "@/lib/schemas/account";
import { ZCsvImport, ZUserAccessUpdate, ZUserActiveUpdate } from "@/lib/schemas/admin";
import { authenticatedAction } from "@/lib/server/auth/authenticated-action";
import { importUsersCsv } from "@/lib/server/users/import-users-csv";
import { inviteUsers } from "@/lib/server/users/invite-users";
import { setUserActive } from "@/lib/server/users/set-user-active";
import { updateUserAccess } from "@/lib/server/users/update-user-access";

const refreshed = (message: string) => {
  revalidatePath("/admin/users");
  return { ok: true, message };
};

export const updateAccessAction = authenticatedAction("staff", ZUserAccessUpdate, (input, viewer) => updateUserAccess(viewer!, input), () => refreshed("Saved."));

export const setActiveAction = authenticatedAction("staff", ZUserActiveUpdate, (input, viewer) => setUserActive(viewer!, input), (user) =>
  refreshed(user.active ? "Account activated." : "Account deactivated."),
);

export const inviteAction = authenticatedAction("staff", ZInvitation, (input, viewer) => inviteUsers(viewer!, [input]), () => refreshed("Invitation sent."));

export const importCsvAction = authenticatedAction("staff", ZCsvImport, (input, viewer) => importUsersCsv(viewer!, input.csv), (result) =>
  refreshed(`${result.invited} invitation${result.invited === 1 ? "" : "s"} sent.`),
);
