"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authenticatedAction } from "@/lib/server/auth/authenticated-action";
import { createApiToken } from "@/lib/server/auth/create-api-token";
import { revokeApiToken } from "@/lib/server/auth/revoke-api-token";

export const createTokenAction = authenticatedAction(
  "signedIn",
  z.object({ name: z.string().trim().min(1, "Name the token (what will use it?).").max(100, "Use at most 100 characters.") }),
  (input, viewer) => createApiToken(viewer!, input.name),
  ({ token }) => {
    revalidatePath("/profile");
    return { ok: true, message: `Your new token (shown only now; copy it): ${token}` };
  },
);

export const revokeTokenAction = authenticatedAction("signedIn", z.object({ id: z.uuid() }), (input, viewer) => revokeApiToken(viewer!, input.id), () => {
  revalidatePath("/profile");
  return { ok: true, message: "Revoked." };
});
