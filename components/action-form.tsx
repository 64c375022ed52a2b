"use client";

import { useActionState, type ReactNode } from "react";
import type { TActionState } from "@/lib/server/auth/authenticated-action";
import { FormStatus } from "./form-status";

type TProps = {
  action: (state: TActionState, form: FormData) => Promise<TActionState>;
  submitLabel: string;
  children?: ReactNode;
  className?: string;
  "aria-label"?: string;
};

// A form bound to a server action, showing the action's message. Works without JavaScript
// too: the browser then posts the form and the page is rendered again.
export function ActionForm({ action, submitLabel, children, className, ...rest }: TProps) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className={className} aria-label={rest["aria-label"]}>
      {children}
      <button type="submit" disabled={pending}>
        {submitLabel}
      </button>
      <FormStatus state={state} listFieldErrors />
    </form>
  );
}
