import { getTranslations } from "next-intl/server";
import { ActionForm } from "./action-form";
import type { TActionState } from "@/lib/server/auth/authenticated-action";

type TProps = { id: string; version: number; status: string; action: (s: TActionState, f: FormData) => Promise<TActionState> };

// A librarian's decisions on a resource, as plain forms (no JavaScript needed).
export async function ReviewPanel({ id, version, status, action }: TProps) {
  const t = await getTranslations("ReviewPanel");
  const hidden = (transition: string) => (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="transition" value={transition} />
    </>
  );
  const withReason = (transition: string, label: string, prompt: string) => (
    <ActionForm action={action} submitLabel={label} className="stack" aria-label={label}>
      {hidden(transition)}
      <label htmlFor={`reason-${transition}`}>{prompt}</label>
      <textarea id={`reason-${transition}`} name="reason" rows={3} maxLength={5000} required />
    </ActionForm>
  );
  return (
    <section className="review-panel" aria-labelledby="review-heading">
      <h2 id="review-heading">{t("heading")}</h2>
      {status === "SUBMITTED" ? (
        <>
          <ActionForm action={action} submitLabel={t("publish")} aria-label={t("publish")}>{hidden("publish")}</ActionForm>
          {withReason("request-changes", t("requestChanges"), t("requestChangesPrompt"))}
          {withReason("reject", t("reject"), t("rejectPrompt"))}
        </>
      ) : null}
      {status === "PUBLISHED" ? withReason("withdraw", t("withdraw"), t("withdrawPrompt")) : null}
    </section>
  );
}
