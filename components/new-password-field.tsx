import { useTranslations } from "next-intl";
import { FormField } from "./form-field";

// The password a person chooses, with the rules the server applies (lib/schemas/account.ts).
export function NewPasswordField({ label, errors }: { label: string; errors?: string[] }) {
  const t = useTranslations("ClientForms");
  return (
    <FormField
      name="password"
      label={label}
      type="password"
      autoComplete="new-password"
      required
      minLength={10}
      maxLength={200}
      hint={t("password.hint")}
      errors={errors}
    />
  );
}
