import "server-only";
import { hash } from "@node-rs/argon2";

// argon2id (the library's default) with its default memory and time costs (OWASP's minimums or above).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}
