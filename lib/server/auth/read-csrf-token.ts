import "server-only";
import { cookies } from "next/headers";

// next-auth's CSRF token, from its cookie ("token|hash"), for forms that post to /api/auth.
export async function readCsrfToken(): Promise<string | null> {
  const jar = await cookies();
  const cookie = jar.get("__Host-next-auth.csrf-token") ?? jar.get("next-auth.csrf-token");
  return cookie?.value.split("|")[0] ?? null;
}
