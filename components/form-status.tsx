import { useTranslations } from "next-intl";
import type { TActionState } from "@/lib/server/auth/authenticated-action";

type TProps = { state: TActionState; listFieldErrors?: boolean };

// Forms that do not show messages at their fields (short admin forms) list them here
// instead, so "correct the marked fields" always says what to correct.
export function FormStatus({ state, listFieldErrors = false }: TProps) {
  const t = useTranslations("ClientForms");
  if (!state.message) return null;
  const rows = state.fieldErrors?.rows;
  const fields = listFieldErrors && !rows ? Object.entries(state.fieldErrors ?? {}) : [];
  // A field the list does not name keeps its schema name, capitalised.
  const fieldName = (field: string) => (t.has(`fieldNames.${field}`) ? t(`fieldNames.${field}`) : `${field[0]!.toUpperCase()}${field.slice(1)}`);
  const items = rows ?? fields.map(([field, messages]) => (field === "form" ? messages.join(" ") : t("status.fieldError", { field: fieldName(field), messages: messages.join(" ") })));
  return (
    <div role={state.ok ? "status" : "alert"} className={state.ok ? "notice" : "error-box"}>
      <p style={{ margin: 0, whiteSpace: "pre-line" }}>{rows ? t("status.fixRows") : fields.length ? t("status.correct") : state.message}</p>
      {items.length ? (
        <ul>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
