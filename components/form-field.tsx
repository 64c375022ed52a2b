import type { InputHTMLAttributes } from "react";

type TProps = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; errors?: string[]; hint?: string };

// A labelled input whose errors are tied to it for screen readers.
export function FormField({ name, label, errors, hint, id, ...input }: TProps) {
  const fieldId = id ?? `field-${name}`;
  const described = [hint ? `${fieldId}-hint` : null, errors?.length ? `${fieldId}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={fieldId}>{label}</label>
      {hint ? (
        <p className="hint" id={`${fieldId}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        id={fieldId}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={described || undefined}
        {...input}
      />
      {errors?.length ? (
        <p className="field-error" id={`${fieldId}-error`}>
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
