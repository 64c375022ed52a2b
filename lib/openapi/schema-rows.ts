import type { TJsonSchema } from "./openapi-types";

// One line of a readable field list: a (dotted) field name, its type in words, and the
// component it refers to, when it is one.
export type TSchemaRow = { name: string; type: string; required: boolean; description?: string; constraints: string[]; ref?: string };

export const refName = (ref: string) => ref.slice(ref.lastIndexOf("/") + 1);

const nonNull = (schema: TJsonSchema) => schema.anyOf?.filter((s) => s.type !== "null");

export function typeLabel(schema: TJsonSchema): string {
  if (schema.$ref) return refName(schema.$ref);
  const variants = nonNull(schema);
  if (variants) return [...variants.map(typeLabel), ...(variants.length < schema.anyOf!.length ? ["null"] : [])].join(" or ");
  if (Array.isArray(schema.type)) return schema.type.map((type) => typeLabel({ ...schema, type })).join(" or ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return `one of ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}`;
  if (schema.type === "array") return schema.prefixItems ? `[${schema.prefixItems.map(typeLabel).join(", ")}]` : `array of ${schema.items ? typeLabel(schema.items) : "anything"}`;
  if (schema.type === "object" && !schema.properties && typeof schema.additionalProperties === "object") {
    return `map of ${schema.propertyNames?.pattern ? "key" : "string"} → ${typeLabel(schema.additionalProperties)}`;
  }
  if (schema.type === "string" && schema.format) return `string (${schema.format})`;
  return typeof schema.type === "string" ? schema.type : "anything";
}

export function schemaConstraints(schema: TJsonSchema): string[] {
  const out: string[] = [];
  if (schema.default !== undefined) out.push(`default ${JSON.stringify(schema.default)}`);
  if (schema.minimum !== undefined && Math.abs(schema.minimum) < Number.MAX_SAFE_INTEGER) out.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined && Math.abs(schema.maximum) < Number.MAX_SAFE_INTEGER) out.push(`≤ ${schema.maximum}`);
  const characters = (n: number) => `${n} character${n === 1 ? "" : "s"}`;
  if (schema.minLength !== undefined) out.push(`at least ${characters(schema.minLength)}`);
  if (schema.maxLength !== undefined) out.push(`at most ${characters(schema.maxLength)}`);
  if (schema.maxItems !== undefined) out.push(`at most ${schema.maxItems} items`);
  if (schema.pattern && !schema.format) out.push(`matches ${schema.pattern}`);
  if (schema.propertyNames?.pattern) out.push(`keys match ${schema.propertyNames.pattern}`);
  return out;
}

// The object inside a field, when the field holds one (directly, in a list, or nullable).
function innerObject(schema: TJsonSchema): { schema: TJsonSchema; suffix: string } | null {
  const single = nonNull(schema);
  if (single?.length === 1) return innerObject(single[0]!);
  if (schema.type === "array" && schema.items) {
    const inner = innerObject(schema.items);
    return inner && { schema: inner.schema, suffix: `[]${inner.suffix}` };
  }
  return schema.properties ? { schema, suffix: "" } : null;
}

// The fields of a schema, nested objects flattened into dotted names (authors[].name).
export function schemaRows(schema: TJsonSchema, prefix = ""): TSchemaRow[] {
  const rows: TSchemaRow[] = [];
  for (const [key, field] of Object.entries(schema.properties ?? {})) {
    const name = prefix + key;
    const ref = field.$ref ?? (field.type === "array" ? field.items?.$ref : undefined) ?? nonNull(field)?.find((s) => s.$ref)?.$ref;
    rows.push({ name, type: typeLabel(field), required: schema.required?.includes(key) ?? false, description: field.description, constraints: schemaConstraints(field), ...(ref ? { ref: refName(ref) } : {}) });
    const inner = innerObject(field);
    if (inner) rows.push(...schemaRows(inner.schema, `${name}${inner.suffix}.`));
  }
  return rows;
}
