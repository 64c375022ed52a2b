"use server";

import { ZRegistration } from "@/lib/schemas/account";
import { authenticatedAction } from "@/lib/server/auth/authenticated-action";
import { registerUser } from "@/lib/server/auth/register-user";

export const registerAction = authenticatedAction("anyone", ZRegistration, (input) => registerUser(input), (result) => ({
  ok: true,
  message: `Almost done: we sent a confirmation link to ${result.email}. Follow it, then sign in.`,
}));
