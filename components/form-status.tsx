import type { TActionState } from "@/lib/server/auth/authenticated-action";

type TProps = { state: TActionState; listFieldErrors?: boolean };

// Forms that do not show messages at their fields (short admin forms) list them here
// instead, so "correct the marked fields" always says what to correct.
export function FormStatus({ state, listFieldErrors = false }: TProps) {
  if (!state.message) return null;
  const rows = state.fieldErrors?.rows;
  const fields = listFieldErrors && !rows ? Object.entries(state.fieldErrors ?? {}) : [];
  const items = rows ?? fields.map(([field, messages]) => `${field === "form" ? "" : `${field[0]!.toUpperCase()}${field.slice(1)}: `}${messages.join(" ")}`);
  return (
    <div role={state.ok ? "status" : "alert"} className={state.ok ? "notice" : "error-box"}>
      <p style={{ margin: 0, whiteSpace: "pre-line" }}>{rows ? "Nothing was imported. Please fix these rows:" : fields.length ? "Please correct:" : state.message}</p>
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
