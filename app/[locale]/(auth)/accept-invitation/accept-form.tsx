"use client";

import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { NewPasswordField } from "@/components/new-password-field";
import type { TActionState } from "@/lib/server/auth/authenticated-action";
import { acceptInvitationAction } from "./actions";

export function AcceptForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<TActionState, FormData>(acceptInvitationAction, { ok: false });
  return (
    <form action={action} className="stack" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <FormField name="name" label="Full name" autoComplete="name" required maxLength={120} defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <NewPasswordField label="Choose a password" errors={state.fieldErrors?.password} />
      <button type="submit" disabled={pending}>
        Create my account
      </button>
    </form>
  );
}
