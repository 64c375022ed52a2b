import { getTranslations } from "next-intl/server";
import type { TParameter } from "@/lib/openapi/openapi-types";
import { schemaConstraints, typeLabel } from "@/lib/openapi/schema-rows";
import styles from "./api-reference.module.css";

export async function ParametersTable({ parameters }: { parameters: TParameter[] }) {
  if (parameters.length === 0) return null;
  const t = await getTranslations("ApiReference");
  return (
    <table>
      <caption className="visually-hidden">{t("parameters")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("parameter")}</th>
          <th scope="col">{t("in")}</th>
          <th scope="col">{t("type")}</th>
          <th scope="col">{t("required")}</th>
          <th scope="col">{t("description")}</th>
        </tr>
      </thead>
      <tbody>
        {parameters.map((p) => (
          <tr key={`${p.in}-${p.name}`}>
            <td>
              <code>{p.name}</code>
            </td>
            <td>{p.in}</td>
            <td lang="en">{typeLabel(p.schema)}</td>
            <td>{p.required ? t("yes") : t("no")}</td>
            <td lang="en">
              {p.description}
              {schemaConstraints(p.schema).length ? <span className={styles.constraints}>{schemaConstraints(p.schema).join("; ")}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
