"use client";

import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { NewPasswordField } from "@/components/new-password-field";
import type { TActionState } from "@/lib/server/auth/authenticated-action";
import { registerAction } from "./actions";

export function RegisterForm() {
  const [state, action, pending] = useActionState<TActionState, FormData>(registerAction, { ok: false });
  if (state.ok) return <FormStatus state={state} />;
  return (
    <form action={action} className="stack" noValidate>
      <FormStatus state={state} />
      <FormField name="name" label="Full name" autoComplete="name" required maxLength={120} defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <FormField
        name="email"
        label="University email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        hint="The address your university gave you: its domain decides your institution."
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <NewPasswordField label="Password" errors={state.fieldErrors?.password} />
      <button type="submit" disabled={pending}>
        {pending ? "Registering…" : "Register"}
      </button>
    </form>
  );
}
