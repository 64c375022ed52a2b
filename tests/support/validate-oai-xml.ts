import { spawnSync } from "node:child_process";
import path from "node:path";

const SCHEMA = path.resolve("tests/support/oai-schemas/all.xsd");

// Validates an OAI-PMH response with xmllint (Debian's libxml2-utils) against the schemas in
// tests/support/oai-schemas (metadata included). Returns xmllint's complaints, or "" when valid.
export function validateOaiXml(xml: string): string {
  const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, "-"], { input: xml, encoding: "utf8" });
  if (result.error) throw new Error(`xmllint is needed for these tests (apt-get install libxml2-utils): ${result.error.message}`);
  return result.status === 0 ? "" : result.stderr.split("\n").filter((line) => line && !line.includes("Skipping import")).join("\n");
}
