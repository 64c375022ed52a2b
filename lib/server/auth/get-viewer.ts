import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { cache } from "react";
import type { TMaybeViewer } from "@/lib/authz/types";
import { getDb } from "@/lib/server/database/get-db";
import { getAuthOptions } from "./auth-options";
import { findTokenUserId } from "./find-token-user-id";

// Scripts send a personal API token; browsers send the session cookie.
async function signedInUserId(): Promise<string | null> {
  const authorization = (await headers()).get("authorization");
  if (authorization?.toLowerCase().startsWith("bearer ")) return findTokenUserId(authorization.slice(7).trim());
  const session = await getServerSession(getAuthOptions());
  return session?.userId ?? null;
}

// The signed-in user as of this request (once per request). A deactivated or deleted
// account is nobody, whatever its session or token says.
export const getViewer = cache(async (): Promise<TMaybeViewer> => {
  const userId = await signedInUserId();
  if (!userId) return null;
  const user = await getDb().user.findUnique({
    where: { id: userId },
    include: { institution: { select: { countryCode: true } } },
  });
  if (!user?.active) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    institutionId: user.institutionId,
    countryCode: user.institution?.countryCode ?? null,
  };
});
