import type { TActionState } from "@/lib/server/auth/authenticated-action";

export function FormStatus({ state }: { state: TActionState }) {
  if (!state.message) return null;
  const rows = state.fieldErrors?.rows;
  return (
    <div role={state.ok ? "status" : "alert"} className={state.ok ? "notice" : "error-box"}>
      <p style={{ margin: 0, whiteSpace: "pre-line" }}>{rows ? "Nothing was imported. Please fix these rows:" : state.message}</p>
      {rows ? (
        <ul>
          {rows.map((row) => (
            <li key={row}>{row}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
