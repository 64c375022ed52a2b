import { getTranslations } from "next-intl/server";
import type { TJsonSchema, TOpenApiDocument, TOperation, TResponse } from "@/lib/openapi/openapi-types";
import { refName } from "@/lib/openapi/schema-rows";
import styles from "./api-reference.module.css";
import { ParametersTable } from "./parameters-table";
import { SchemaTable } from "./schema-table";

type TProps = { document: TOpenApiDocument; path: string; method: string; operation: TOperation };

async function Body({ document, schema }: { document: TOpenApiDocument; schema?: TJsonSchema }) {
  if (!schema?.$ref) return null;
  const t = await getTranslations("ApiReference");
  const name = refName(schema.$ref);
  return (
    <>
      <p>
        {t("json")} <a href={`#schema-${name}`}>{name}</a>
      </p>
      <SchemaTable schema={document.components.schemas[name]!} />
    </>
  );
}

function Response({ document, status, response }: { document: TOpenApiDocument; status: string; response: TResponse }) {
  if ("$ref" in response) {
    const shared = document.components.responses[refName(response.$ref)]!;
    return (
      <li>
        <strong>{status}</strong> <span lang="en">{shared.description}</span> (<a href="#schema-Error">Error</a>)
      </li>
    );
  }
  const [mediaType, media] = Object.entries(response.content ?? {})[0] ?? [];
  return (
    <li>
      <strong>{status}</strong> <span lang="en">{response.description}</span>
      {mediaType && !media?.schema ? <span className={styles.muted}> ({mediaType})</span> : null}
      {response.headers ? (
        <ul>
          {Object.entries(response.headers).map(([name, header]) => (
            <li key={name}>
              <code>{name}</code>: <span lang="en">{header.description}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <Body document={document} schema={media?.schema} />
    </li>
  );
}

// One operation: what it does, who may call it, its parameters, bodies and answers, and a curl call.
export async function OperationSection({ document, path, method, operation }: TProps) {
  const t = await getTranslations("ApiReference");
  return (
    <section className={styles.operation} id={operation.operationId} aria-labelledby={`${operation.operationId}-title`}>
      <h3 id={`${operation.operationId}-title`}>
        <span className={styles.method}>{method}</span>
        <code>{path}</code>
      </h3>
      <p lang="en">
        <strong>{operation.summary}.</strong> {operation.description}
      </p>
      <p className={styles.muted}>
        {t("who")} <span lang="en">{operation["x-access"]}</span>
      </p>
      <ParametersTable parameters={operation.parameters} />
      {operation.requestBody ? (
        <>
          <h4>{t("requestBody")}</h4>
          <Body document={document} schema={operation.requestBody.content["application/json"]?.schema} />
        </>
      ) : null}
      <h4>{t("responses")}</h4>
      <ul>
        {Object.entries(operation.responses).map(([status, response]) => (
          <Response key={status} document={document} status={status} response={response} />
        ))}
      </ul>
      <h4>{t("example")}</h4>
      {/* Focusable so a keyboard can scroll a long command sideways. */}
      <pre tabIndex={0}>
        <code>{operation["x-curl"]}</code>
      </pre>
    </section>
  );
}
