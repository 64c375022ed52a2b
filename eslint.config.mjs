import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", ".test-data/**", ".test-results/**", "node_modules/**", "next-env.d.ts"]),
  {
    // Settings are read once, in lib/env.ts; everything else asks getEnv().
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/env.ts", "instrumentation.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read settings through getEnv() from lib/env.ts." }],
    },
  },
  {
    // Only data-access modules under lib/server may reach the database client.
    files: ["app/**", "components/**", "scripts/**", "lib/authz/**", "lib/search/**", "lib/storage/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@prisma/client", "**/database/get-db"], message: "Database access belongs in lib/server/<domain>/.", allowTypeImports: true }] }],
    },
  },
]);
