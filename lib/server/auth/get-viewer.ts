import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import type { TMaybeViewer } from "@/lib/authz/types";
import { getDb } from "@/lib/server/database/get-db";
import { getAuthOptions } from "./auth-options";

// The signed-in user as of this request (once per request). A deactivated or deleted
// account is nobody, whatever its token says.
export const getViewer = cache(async (): Promise<TMaybeViewer> => {
  const session = await getServerSession(getAuthOptions());
  if (!session?.userId) return null;
  const user = await getDb().user.findUnique({
    where: { id: session.userId },
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
