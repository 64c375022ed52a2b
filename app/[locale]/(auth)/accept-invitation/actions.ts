"use server";

import { redirect } from "next/navigation";
import { ZSetPassword } from "@/lib/schemas/account";
import { acceptInvitation } from "@/lib/server/auth/accept-invitation";
import { authenticatedAction } from "@/lib/server/auth/authenticated-action";

export const acceptInvitationAction = authenticatedAction("anyone", ZSetPassword, (input) => acceptInvitation(input), () =>
  redirect("/signin?notice=invited"),
);
