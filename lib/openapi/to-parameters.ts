import { z } from "zod";
import { inlineSchema } from "./component-schemas";
import type { TParameter } from "./openapi-types";

// The fields of a route's path, query or header schema as OpenAPI parameters. Optional is
// what the schema accepts when the parameter is absent (defaults included), not what its
// JSON Schema says: a preprocessed default is invisible there.
export function toParameters(location: TParameter["in"], schema: z.ZodObject | undefined, describe: Record<string, string> = {}): TParameter[] {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const { description, ...json } = inlineSchema(field);
    return {
      name,
      in: location,
      required: location === "path" || !z.safeParse(field, undefined).success,
      description: description ?? describe[name],
      schema: json,
    };
  });
}
