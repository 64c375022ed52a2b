// `npm run create-admin -- --email you@university.uz [--name "Your Name"]`
// Creates (or promotes) a network admin in the database DATABASE_URL names. The password is
// read from standard input when it is piped (`echo "$PW" | npm run create-admin -- …`);
// otherwise a strong one is generated and printed once.
import { randomBytes } from "node:crypto";
import { text } from "node:stream/consumers";
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { getEnv } from "@/lib/env";
import { createDb } from "@/lib/server/database/create-db";
import { createAdmin } from "@/lib/server/users/create-admin";

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, keep: { type: "boolean" } } });
if (!values.email) {
  console.error('usage: npm run create-admin -- --email you@university.uz [--name "Your Name"] [--keep]\n  --keep  promote an existing account without changing its password');
  process.exit(2);
}
const env = getEnv();
if (!env.DATABASE_URL) {
  console.error("DATABASE_URL is required: the admin is created in that database.");
  process.exit(2);
}
let password: string | undefined;
let generated = false;
if (!values.keep) {
  password = process.stdin.isTTY ? undefined : (await text(process.stdin)).trim() || undefined;
  if (!password) {
    password = randomBytes(15).toString("base64url");
    generated = true;
  }
}
const db = createDb(env.DATABASE_URL);
try {
  const result = await createAdmin(db, { email: values.email, name: values.name, password });
  console.log(`${result.created ? "Created" : "Promoted"} network admin ${result.email}.`);
  if (generated) console.log(`Password (shown once): ${password}`);
} catch (error) {
  console.error(error instanceof ZodError ? error.issues.map((i) => i.message).join("\n") : error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
