import type { z } from "zod";

// Who may call an operation (the gate its route handler declares).
export type TAccess = "anyone" | "signedIn" | "staff";

export type TApiResponse = {
  description: string;
  // A JSON body: one of the schemas named in api-components.ts.
  schema?: z.ZodType;
  // Another kind of body (file bytes, an image), described in words.
  mediaType?: string;
  headers?: Record<string, string>;
};

// One operation of the JSON API, described by the zod schemas its route parses and answers
// with; lib/openapi/build-openapi-document.ts turns the table into the OpenAPI document.
export type TApiOperation = {
  method: "get" | "head" | "post" | "put" | "patch" | "delete";
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  access: TAccess;
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  headers?: z.ZodObject;
  // Descriptions of parameters whose schemas carry none (schemas shared with pages).
  describe?: Record<string, string>;
  body?: z.ZodType;
  responses: Record<number, TApiResponse>;
  // Error statuses, each answered with the error body.
  errors: number[];
  // What the reference page's curl example asks for.
  example: { path: string; body?: unknown };
};
