"use server";

import { redirect } from "next/navigation";
import { ZTokenForm } from "@/lib/schemas/account";
import { authenticatedAction } from "@/lib/server/auth/authenticated-action";
import { verifyEmail } from "@/lib/server/auth/verify-email";

export const verifyEmailAction = authenticatedAction("anyone", ZTokenForm, ({ token }) => verifyEmail(token), () =>
  redirect("/signin?notice=verified"),
);
