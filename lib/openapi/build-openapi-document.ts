import type { z } from "zod";
import { REQUEST_SCHEMAS, RESPONSE_SCHEMAS } from "./api-components";
import type { TAccess, TApiOperation, TApiResponse } from "./api-operation";
import { API_OPERATIONS, API_TAGS } from "./api-paths";
import { componentRef, componentSchemas } from "./component-schemas";
import { curlExample } from "./curl-example";
import { ERROR_RESPONSES } from "./error-responses";
import type { TOpenApiDocument, TOperation, TResponse } from "./openapi-types";
import { toParameters } from "./to-parameters";

const DIALECT = "https://json-schema.org/draft/2020-12/schema";

const DESCRIPTION = `The JSON API of the repository. Anyone may read what is public; network-only resources need a signed-in member.
Calls that change something need a signed-in caller: a personal API token (made on the profile page, sent as Authorization: Bearer kitab_…, acting as its owner with the owner's current role) or the browser session, whose state-changing requests must carry the site's own Origin.
Lists are cursor-paginated: limit (1–100, default 20) and cursor; each answer is { items, next_cursor }, and next_cursor is null on the last page.
Errors answer { "error": { "code", "message", "fieldErrors"? } }.`;

const SECURITY: Record<TAccess, Record<string, string[]>[]> = {
  anyone: [{}, { bearerToken: [] }, { sessionCookie: [] }],
  signedIn: [{ bearerToken: [] }, { sessionCookie: [] }],
  staff: [{ bearerToken: [] }, { sessionCookie: [] }],
};

const ACCESS: Record<TAccess, string> = {
  anyone: "Anyone; what a signed-in caller sees may differ.",
  signedIn: "Signed-in callers (token or session).",
  staff: "Librarians and admins.",
};

function nameIn(named: Record<string, z.ZodType>, schema: z.ZodType, where: string): string {
  const name = Object.entries(named).find(([, s]) => s === schema)?.[0];
  if (!name) throw new Error(`${where}: name its schema in lib/openapi/api-components.ts`);
  return name;
}

function toResponse(operation: TApiOperation, response: TApiResponse): TResponse {
  const headers = response.headers && Object.fromEntries(Object.entries(response.headers).map(([name, description]) => [name, { description, schema: { type: "string" } }]));
  const content = response.schema
    ? { "application/json": { schema: { $ref: componentRef(nameIn(RESPONSE_SCHEMAS, response.schema, operation.operationId)) } } }
    : response.mediaType
      ? { [response.mediaType]: {} }
      : undefined;
  return { description: response.description, ...(headers ? { headers } : {}), ...(content ? { content } : {}) };
}

function toOperation(operation: TApiOperation, serverUrl: string): TOperation {
  const responses: Record<string, TResponse> = {};
  for (const [status, response] of Object.entries(operation.responses)) responses[status] = toResponse(operation, response);
  for (const status of operation.errors) responses[String(status)] = { $ref: `#/components/responses/${ERROR_RESPONSES[status]!.name}` };
  return {
    operationId: operation.operationId,
    tags: [operation.tag],
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    security: SECURITY[operation.access],
    parameters: [
      ...toParameters("path", operation.pathParams),
      ...toParameters("query", operation.query, operation.describe),
      ...toParameters("header", operation.headers, operation.describe),
    ],
    ...(operation.body
      ? { requestBody: { required: true, content: { "application/json": { schema: { $ref: componentRef(nameIn(REQUEST_SCHEMAS, operation.body, operation.operationId)) } } } } }
      : {}),
    responses,
    "x-access": ACCESS[operation.access],
    "x-curl": curlExample(operation, serverUrl),
  };
}

// The OpenAPI 3.1 document of /api/v1, built from the operation table and the zod schemas the
// routes parse with, so the description cannot drift from what is checked.
export function buildOpenApiDocument(options: { title: string; serverUrl: string; operations?: readonly TApiOperation[] }): TOpenApiDocument {
  const paths: TOpenApiDocument["paths"] = {};
  for (const operation of options.operations ?? API_OPERATIONS) (paths[operation.path] ??= {})[operation.method] = toOperation(operation, options.serverUrl);
  const errorResponses = Object.fromEntries(
    Object.values(ERROR_RESPONSES).map(({ name, description }) => [name, { description, content: { "application/json": { schema: { $ref: componentRef("Error") } } } }]),
  );
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: DIALECT,
    info: { title: options.title, version: "1", description: DESCRIPTION },
    servers: [{ url: options.serverUrl }],
    tags: API_TAGS,
    paths,
    components: {
      schemas: { ...componentSchemas(REQUEST_SCHEMAS, "input"), ...componentSchemas(RESPONSE_SCHEMAS, "output") },
      responses: errorResponses,
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "A personal API token (kitab_…) made on the profile page; it acts as its owner until revoked." },
        sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "The browser session after signing in (__Secure-next-auth.session-token over HTTPS). State-changing requests must carry the site's own Origin." },
      },
    },
  };
}
