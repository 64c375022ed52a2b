import { FormField } from "./form-field";

// The password a person chooses, with the rules the server applies (lib/schemas/account.ts).
export function NewPasswordField({ label, errors }: { label: string; errors?: string[] }) {
  return (
    <FormField
      name="password"
      label={label}
      type="password"
      autoComplete="new-password"
      required
      minLength={10}
      maxLength={200}
      hint="At least 10 characters; common passwords are refused."
      errors={errors}
    />
  );
}
