import { getLocale, getTranslations } from "next-intl/server";
import type { TOpenApiDocument } from "@/lib/openapi/openapi-types";
import styles from "./api-reference.module.css";
import { OperationSection } from "./operation-section";
import { SchemaTable } from "./schema-table";

// The whole reference, read from the OpenAPI document: operations by tag, then every schema.
// The page's own headings are translated; the document's descriptions are developer
// documentation in English (lang="en"), like the API's names and messages.
export async function ApiReference({ document }: { document: TOpenApiDocument }) {
  const [t, locale] = await Promise.all([getTranslations("ApiReference"), getLocale()]);
  const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, operation })));
  const byTag = document.tags.map((tag) => ({ tag, operations: operations.filter((o) => o.operation.tags.includes(tag.name)) }));
  return (
    <article className={styles.reference}>
      <h1>{t("title")}</h1>
      <p>
        {t.rich("intro", {
          title: document.info.title,
          version: document.info.version,
          server: document.servers[0]?.url ?? "",
          code: (chunks) => <code>{chunks}</code>,
          link: (chunks) => <a href="/api/v1/openapi.json">{chunks}</a>,
        })}
      </p>
      {locale === "en" ? null : <p className={styles.muted}>{t("englishNote")}</p>}
      {document.info.description.split("\n").map((paragraph) => (
        <p key={paragraph} lang="en">
          {paragraph}
        </p>
      ))}
      <nav className={styles.contents} aria-labelledby="contents">
        <h2 id="contents">{t("operations")}</h2>
        {byTag.map(({ tag, operations }) => (
          <div key={tag.name}>
            <h3 lang="en">{tag.name}</h3>
            <ul>
              {operations.map(({ path, method, operation }) => (
                <li key={operation.operationId}>
                  <a href={`#${operation.operationId}`}>
                    {method.toUpperCase()} {path}
                  </a>{" "}
                  <span className={styles.muted} lang="en">
                    {operation.summary}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      {byTag.map(({ tag, operations }) => (
        <section key={tag.name} aria-labelledby={`tag-${tag.name}`}>
          <h2 id={`tag-${tag.name}`} lang="en">
            {tag.name}
          </h2>
          <p lang="en">{tag.description}</p>
          {operations.map(({ path, method, operation }) => (
            <OperationSection key={operation.operationId} document={document} path={path} method={method} operation={operation} />
          ))}
        </section>
      ))}
      <section aria-labelledby="schemas">
        <h2 id="schemas">{t("schemas")}</h2>
        {Object.entries(document.components.schemas).map(([name, schema]) => (
          <section key={name} id={`schema-${name}`} className={styles.operation}>
            <h3>{name}</h3>
            {schema.description ? <p lang="en">{schema.description}</p> : null}
            <SchemaTable schema={schema} />
          </section>
        ))}
      </section>
    </article>
  );
}
