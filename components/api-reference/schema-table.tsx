import type { TJsonSchema } from "@/lib/openapi/openapi-types";
import { schemaRows } from "@/lib/openapi/schema-rows";
import styles from "./api-reference.module.css";

// A schema's fields as a table; a field holding a named schema links to its description.
export function SchemaTable({ schema }: { schema: TJsonSchema }) {
  const rows = schemaRows(schema);
  if (rows.length === 0) return <p className={styles.muted}>Any JSON object.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Type</th>
          <th scope="col">Required</th>
          <th scope="col">Description</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}>
            <td>
              <code>{row.name}</code>
            </td>
            <td>{row.ref ? <a href={`#schema-${row.ref}`}>{row.type}</a> : row.type}</td>
            <td>{row.required ? "yes" : "no"}</td>
            <td>
              {row.description}
              {row.constraints.length ? <span className={styles.constraints}>{row.constraints.join("; ")}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
