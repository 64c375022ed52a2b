"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/form-status";
import type { TActionState } from "@/lib/server/auth/authenticated-action";
import { verifyEmailAction } from "./actions";

export function VerifyForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<TActionState, FormData>(verifyEmailAction, { ok: false });
  return (
    <form action={action} className="stack">
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <button type="submit" disabled={pending}>
        Confirm my email address
      </button>
    </form>
  );
}
