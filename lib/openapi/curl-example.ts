import type { TApiOperation } from "./api-operation";

const quote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

// A command that calls the operation, for the reference page. Calls that need a signed-in
// caller use a personal API token (made on the profile page), which also skips the Origin check.
export function curlExample(operation: TApiOperation, serverUrl: string): string {
  const method = operation.method === "get" ? "" : operation.method === "head" ? " --head" : ` -X ${operation.method.toUpperCase()}`;
  const parts = [`curl${method} ${quote(serverUrl + operation.example.path)}`];
  if (operation.access !== "anyone") parts.push(`-H "Authorization: Bearer $KITAB_TOKEN"`);
  if (operation.body) parts.push(`-H 'Content-Type: application/json'`, `-d ${quote(JSON.stringify(operation.example.body ?? {}))}`);
  return parts.join(" \\\n  ");
}
