import { z } from "zod";
import type { TJsonSchema } from "./openapi-types";

export const componentRef = (name: string) => `#/components/schemas/${name}`;

// $schema and $id belong to standalone documents; the OpenAPI document sets the dialect once.
function embedded(schema: Record<string, unknown>): TJsonSchema {
  const copy: TJsonSchema = { ...schema };
  delete copy.$schema;
  delete copy.$id;
  return copy;
}

// Named zod schemas as JSON Schema 2020-12 for components.schemas: a schema that contains
// another named one refers to it ($ref) instead of repeating it. io "input" describes what a
// route accepts (before defaults and transforms), "output" what it sends.
export function componentSchemas(named: Record<string, z.ZodType>, io: "input" | "output"): Record<string, TJsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { io, target: "draft-2020-12", uri: componentRef });
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, embedded(schema)]));
}

// A parameter's schema, inline (parameters are plain strings, numbers and enums).
export function inlineSchema(schema: z.core.$ZodType): TJsonSchema {
  return embedded(z.toJSONSchema(schema, { io: "input", target: "draft-2020-12" }));
}
