"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { NewPasswordField } from "@/components/new-password-field";
import type { TActionState } from "@/lib/server/auth/authenticated-action";
import { acceptInvitationAction } from "./actions";

export function AcceptForm({ token }: { token: string }) {
  const t = useTranslations("ClientAccount");
  const [state, action, pending] = useActionState<TActionState, FormData>(acceptInvitationAction, { ok: false });
  return (
    <form action={action} className="stack" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <FormField name="name" label={t("fullName")} autoComplete="name" required maxLength={120} defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <NewPasswordField label={t("choosePassword")} errors={state.fieldErrors?.password} />
      <button type="submit" disabled={pending}>
        {t("createAccount")}
      </button>
    </form>
  );
}
