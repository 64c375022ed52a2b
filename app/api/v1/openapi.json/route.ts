import { getEnv } from "@/lib/env";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";
import { authenticated } from "@/lib/server/auth/authenticated";

export const dynamic = "force-dynamic";

// GET /api/v1/openapi.json: the API's OpenAPI 3.1 document, built once per process from the
// same zod schemas the routes parse with.
let document: string | undefined;

export const GET = authenticated("anyone", async () => {
  document ??= JSON.stringify(buildOpenApiDocument({ title: getEnv().REPOSITORY_NAME, serverUrl: getEnv().PUBLIC_URL }));
  return new Response(document, { headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } });
});
