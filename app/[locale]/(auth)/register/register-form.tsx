"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { NewPasswordField } from "@/components/new-password-field";
import type { TActionState } from "@/lib/server/auth/authenticated-action";
import { registerAction } from "./actions";

export function RegisterForm() {
  const t = useTranslations("ClientAccount");
  const [state, action, pending] = useActionState<TActionState, FormData>(registerAction, { ok: false });
  if (state.ok) return <FormStatus state={state} />;
  return (
    <form action={action} className="stack" noValidate>
      <FormStatus state={state} />
      <FormField name="name" label={t("fullName")} autoComplete="name" required maxLength={120} defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <FormField
        name="email"
        label={t("universityEmail")}
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        hint={t("universityEmailHint")}
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <NewPasswordField label={t("password")} errors={state.fieldErrors?.password} />
      <button type="submit" disabled={pending}>
        {pending ? t("registering") : t("register")}
      </button>
    </form>
  );
}
