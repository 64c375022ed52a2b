"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/form-status";
import type { TActionState } from "@/lib/server/auth/authenticated-action";
import { verifyEmailAction } from "./actions";

export function VerifyForm({ token }: { token: string }) {
  const t = useTranslations("ClientAccount");
  const [state, action, pending] = useActionState<TActionState, FormData>(verifyEmailAction, { ok: false });
  return (
    <form action={action} className="stack">
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <button type="submit" disabled={pending}>
        {t("confirmEmail")}
      </button>
    </form>
  );
}
