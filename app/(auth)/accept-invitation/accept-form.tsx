"use client";

import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import type { TActionState } from "@/lib/server/auth/authenticated-action";
import { acceptInvitationAction } from "./actions";

export function AcceptForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<TActionState, FormData>(acceptInvitationAction, { ok: false });
  return (
    <form action={action} className="stack" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <FormField name="name" label="Full name" autoComplete="name" required maxLength={120} defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <FormField
        name="password"
        label="Choose a password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        maxLength={200}
        hint="At least 10 characters; common passwords are refused."
        errors={state.fieldErrors?.password}
      />
      <button type="submit" disabled={pending}>
        Create my account
      </button>
    </form>
  );
}
