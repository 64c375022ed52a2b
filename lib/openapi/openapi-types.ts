// The parts of OpenAPI 3.1 that Kitab's document uses, typed for the reference page and tests.
export type TJsonSchema = {
  $ref?: string;
  type?: string | string[];
  description?: string;
  properties?: Record<string, TJsonSchema>;
  required?: string[];
  items?: TJsonSchema;
  prefixItems?: TJsonSchema[];
  additionalProperties?: TJsonSchema | boolean;
  propertyNames?: TJsonSchema;
  anyOf?: TJsonSchema[];
  oneOf?: TJsonSchema[];
  allOf?: TJsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  [keyword: string]: unknown;
};

export type TParameter = { name: string; in: "path" | "query" | "header"; required: boolean; description?: string; schema: TJsonSchema };

export type TMediaTypes = Record<string, { schema?: TJsonSchema }>;

export type TResponse = { description: string; headers?: Record<string, { description: string; schema: TJsonSchema }>; content?: TMediaTypes } | { $ref: string };

export type TOperation = {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  security: Record<string, string[]>[];
  parameters: TParameter[];
  requestBody?: { required: boolean; content: TMediaTypes };
  responses: Record<string, TResponse>;
  "x-access": string;
  "x-curl": string;
};

export type TOpenApiDocument = {
  openapi: "3.1.0";
  jsonSchemaDialect: string;
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  tags: readonly { name: string; description: string }[];
  paths: Record<string, Record<string, TOperation>>;
  components: {
    schemas: Record<string, TJsonSchema>;
    responses: Record<string, { description: string; content: TMediaTypes }>;
    securitySchemes: Record<string, Record<string, string>>;
  };
};
