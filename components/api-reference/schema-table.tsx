import { getTranslations } from "next-intl/server";
import type { TJsonSchema } from "@/lib/openapi/openapi-types";
import { schemaRows } from "@/lib/openapi/schema-rows";
import styles from "./api-reference.module.css";

// A schema's fields as a table; a field holding a named schema links to its description.
export async function SchemaTable({ schema }: { schema: TJsonSchema }) {
  const t = await getTranslations("ApiReference");
  const rows = schemaRows(schema);
  if (rows.length === 0) return <p className={styles.muted}>{t("anyObject")}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t("field")}</th>
          <th scope="col">{t("type")}</th>
          <th scope="col">{t("required")}</th>
          <th scope="col">{t("description")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}>
            <td>
              <code>{row.name}</code>
            </td>
            <td lang="en">{row.ref ? <a href={`#schema-${row.ref}`}>{row.type}</a> : row.type}</td>
            <td>{row.required ? t("yes") : t("no")}</td>
            <td lang="en">
              {row.description}
              {row.constraints.length ? <span className={styles.constraints}>{row.constraints.join("; ")}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
