import type { TParameter } from "@/lib/openapi/openapi-types";
import { schemaConstraints, typeLabel } from "@/lib/openapi/schema-rows";
import styles from "./api-reference.module.css";

export function ParametersTable({ parameters }: { parameters: TParameter[] }) {
  if (parameters.length === 0) return null;
  return (
    <table>
      <caption className="visually-hidden">Parameters</caption>
      <thead>
        <tr>
          <th scope="col">Parameter</th>
          <th scope="col">In</th>
          <th scope="col">Type</th>
          <th scope="col">Required</th>
          <th scope="col">Description</th>
        </tr>
      </thead>
      <tbody>
        {parameters.map((p) => (
          <tr key={`${p.in}-${p.name}`}>
            <td>
              <code>{p.name}</code>
            </td>
            <td>{p.in}</td>
            <td>{typeLabel(p.schema)}</td>
            <td>{p.required ? "yes" : "no"}</td>
            <td>
              {p.description}
              {schemaConstraints(p.schema).length ? <span className={styles.constraints}>{schemaConstraints(p.schema).join("; ")}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
