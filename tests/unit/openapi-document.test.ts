import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";
import { ZResourceAction } from "@/lib/openapi/paths/resource-operations";
import { ZSearchParams } from "@/lib/schemas/search";
import { TRANSITIONS } from "@/lib/server/resources/transition-resource";

const doc = buildOpenApiDocument({ title: "Kitab test", serverUrl: "https://kitab.example.org" });
const operations = Object.entries(doc.paths).flatMap(([route, methods]) => Object.entries(methods).map(([method, operation]) => ({ route, method, operation })));
const BASE = "https://kitab.test/openapi.json";

// Every route file under app/api/v1 with the methods it exports, as an OpenAPI path.
function routeFiles() {
  const root = path.join(import.meta.dirname, "../../app/api/v1");
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((file) => path.basename(file) === "route.ts")
    .map((file) => {
      const source = readFileSync(path.join(root, file), "utf8");
      const methods = [...source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g)].map((m) => m[1]!.toLowerCase());
      const route = `/api/v1/${path.dirname(file).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}");
      return { file, route, methods };
    });
}

function walk(value: unknown, visit: (node: Record<string, unknown>, at: string) => void, at = "#") {
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, visit, `${at}/${i}`));
  else if (value && typeof value === "object") {
    visit(value as Record<string, unknown>, at);
    for (const [key, child] of Object.entries(value)) walk(child, visit, `${at}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`);
  }
}

function resolve(pointer: string): unknown {
  return pointer
    .slice(2)
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), doc);
}

describe("the OpenAPI document", () => {
  it("is an OpenAPI 3.1 document with info, servers and security schemes", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.jsonSchemaDialect).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(doc.info).toMatchObject({ title: "Kitab test", version: "1" });
    expect(doc.servers).toEqual([{ url: "https://kitab.example.org" }]);
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["bearerToken", "sessionCookie"]);
    expect(doc.components.securitySchemes.bearerToken).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.components.securitySchemes.sessionCookie).toMatchObject({ type: "apiKey", in: "cookie" });
  });

  it("gives every operation a unique id, a tag, responses and its declared path parameters", () => {
    expect(new Set(operations.map((o) => o.operation.operationId)).size).toBe(operations.length);
    const tags = doc.tags.map((t) => t.name);
    for (const { route, method, operation } of operations) {
      const where = `${method.toUpperCase()} ${route}`;
      expect(route, where).toMatch(/^\/api\/v1\//);
      expect(tags, where).toContain(operation.tags[0]);
      expect(Object.keys(operation.responses).length, where).toBeGreaterThan(0);
      expect(Object.keys(operation.responses).some((status) => /^[23]\d\d$/.test(status)), where).toBe(true);
      for (const response of Object.values(operation.responses)) expect("$ref" in response || response.description.length > 0, where).toBe(true);
      const templated = [...route.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const declared = operation.parameters.filter((p) => p.in === "path");
      expect(declared.map((p) => p.name).sort(), where).toEqual(templated.sort());
      expect(declared.every((p) => p.required), where).toBe(true);
      const keys = operation.parameters.map((p) => `${p.in}:${p.name}`);
      expect(new Set(keys).size, where).toBe(keys.length);
      for (const p of operation.parameters) expect(p.description, `${where} ${p.name}`).toBeTruthy();
      expect(operation["x-curl"], where).toContain("curl");
    }
  });

  it("resolves every $ref", () => {
    const refs: string[] = [];
    walk(doc, (node) => {
      if (typeof node.$ref === "string") refs.push(node.$ref);
    });
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) {
      expect(ref, ref).toMatch(/^#\//);
      expect(resolve(ref), ref).toBeTypeOf("object");
    }
  });

  it("describes every method of every route file under app/api/v1, and nothing else", () => {
    const files = routeFiles();
    expect(files.length).toBeGreaterThan(10);
    for (const { file, route, methods } of files) {
      expect(methods.length, file).toBeGreaterThan(0);
      for (const method of methods) expect(doc.paths[route]?.[method], `${method.toUpperCase()} ${route} (${file}) is not in lib/openapi/api-paths.ts`).toBeDefined();
    }
    for (const { route, method } of operations) {
      const file = files.find((f) => f.route === route);
      expect(file, `${route} has no route file`).toBeDefined();
      // Next answers HEAD with the GET handler when a route exports no HEAD of its own.
      expect([...file!.methods, ...(file!.methods.includes("get") ? ["head"] : [])], `${method} ${route}`).toContain(method);
    }
  });

  it("describes the search with every parameter ZSearchParams takes", () => {
    const parameters = doc.paths["/api/v1/search"]!.get!.parameters.filter((p) => p.in === "query");
    expect(parameters.map((p) => p.name).sort()).toEqual(Object.keys(ZSearchParams.shape).sort());
    expect(parameters.find((p) => p.name === "page")).toMatchObject({ required: false });
    expect(parameters.find((p) => p.name === "sort")?.schema.enum).toEqual(["relevance", "newest", "downloads"]);
  });

  it("names every workflow action the route accepts", () => {
    expect([...ZResourceAction.options].sort()).toEqual([...TRANSITIONS].sort());
  });

  it("describes downloads with Range and inline, and list pages with limit and cursor", () => {
    const download = doc.paths["/api/v1/resources/{id}/files/{fileId}/download"]!.get!;
    expect(download.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(["Range", "inline", "If-None-Match"]));
    expect(Object.keys(download.responses)).toEqual(expect.arrayContaining(["200", "206", "304", "404", "416"]));
    const list = doc.paths["/api/v1/resources"]!.get!;
    expect(list.parameters.find((p) => p.name === "limit")).toMatchObject({ required: false, schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } });
    expect(list.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(["cursor", "library", "institution", "updated_since"]));
    expect(doc.components.schemas.ResourcePage!.properties!.next_cursor).toMatchObject({ type: ["string", "null"] });
  });

  it("has component schemas that are valid JSON Schema 2020-12 using only its keywords", () => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, validateFormats: false });
    ajv.addKeyword({ keyword: "components" });
    ajv.addSchema({ $id: BASE, components: doc.components });
    const names = Object.keys(doc.components.schemas);
    expect(names).toEqual(expect.arrayContaining(["Resource", "ResourcePage", "SearchResult", "ResourceCreate", "Error", "InstitutionPage", "ResourceFilePage"]));
    for (const name of names) {
      expect(ajv.validateSchema(doc.components.schemas[name]!), name).toBe(true);
      // Compiling in strict mode refuses keywords 2020-12 does not have.
      expect(() => ajv.compile({ $ref: `${BASE}#/components/schemas/${name}` }), name).not.toThrow();
    }
    walk(doc.components.schemas, (node, at) => expect("nullable" in node && typeof node.nullable === "boolean", `OpenAPI 3.0's nullable at ${at}`).toBe(false));
    const error = ajv.compile({ $ref: `${BASE}#/components/schemas/Error` });
    expect(error({ error: { code: "BAD_REQUEST", message: "cursor is not valid", fieldErrors: { cursor: ["…"] } } })).toBe(true);
    expect(error({ error: { message: "no code" } })).toBe(false);
  });
});
