import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { getVocabulary } from "@/lib/i18n/get-vocabulary";

// What stays of a withdrawn resource: its description and address (so citations still lead
// somewhere), when and why it was withdrawn, and no files.
export async function Tombstone({ withdrawnAt, reason, library }: { withdrawnAt: Date | null; reason: string | null; library: string }) {
  const [t, format, vocabulary] = await Promise.all([getTranslations("Tombstone"), getFormatter(), getVocabulary()]);
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  const values = { library: vocabulary.country(library), strong };
  return (
    <div className="tombstone" role="note" data-testid="tombstone">
      <p>
        {withdrawnAt
          ? t.rich("withdrawnOn", { ...values, date: format.dateTime(withdrawnAt, { dateStyle: "long" }), time: (chunks) => <time dateTime={withdrawnAt.toISOString()}>{chunks}</time> })
          : t.rich("withdrawn", values)}
      </p>
      {reason ? <p data-testid="status-reason">{t("reason", { reason })}</p> : null}
      <p>{t("filesGone")}</p>
    </div>
  );
}
