import type { TOpenApiDocument } from "@/lib/openapi/openapi-types";
import styles from "./api-reference.module.css";
import { OperationSection } from "./operation-section";
import { SchemaTable } from "./schema-table";

// The whole reference, read from the OpenAPI document: operations by tag, then every schema.
export function ApiReference({ document }: { document: TOpenApiDocument }) {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, operation })));
  const byTag = document.tags.map((tag) => ({ tag, operations: operations.filter((o) => o.operation.tags.includes(tag.name)) }));
  return (
    <article className={styles.reference}>
      <h1>API reference</h1>
      <p>
        {document.info.title}, version {document.info.version}, at <code>{document.servers[0]?.url}/api/v1</code>. The same description as an
        OpenAPI 3.1 document: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
      </p>
      {document.info.description.split("\n").map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <nav className={styles.contents} aria-labelledby="contents">
        <h2 id="contents">Operations</h2>
        {byTag.map(({ tag, operations }) => (
          <div key={tag.name}>
            <h3>{tag.name}</h3>
            <ul>
              {operations.map(({ path, method, operation }) => (
                <li key={operation.operationId}>
                  <a href={`#${operation.operationId}`}>
                    {method.toUpperCase()} {path}
                  </a>{" "}
                  <span className={styles.muted}>{operation.summary}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      {byTag.map(({ tag, operations }) => (
        <section key={tag.name} aria-labelledby={`tag-${tag.name}`}>
          <h2 id={`tag-${tag.name}`}>{tag.name}</h2>
          <p>{tag.description}</p>
          {operations.map(({ path, method, operation }) => (
            <OperationSection key={operation.operationId} document={document} path={path} method={method} operation={operation} />
          ))}
        </section>
      ))}
      <section aria-labelledby="schemas">
        <h2 id="schemas">Schemas</h2>
        {Object.entries(document.components.schemas).map(([name, schema]) => (
          <section key={name} id={`schema-${name}`} className={styles.operation}>
            <h3>{name}</h3>
            {schema.description ? <p>{schema.description}</p> : null}
            <SchemaTable schema={schema} />
          </section>
        ))}
      </section>
    </article>
  );
}
