import "server-only";
import { getEnv } from "@/lib/env";

export type TOaiServerContext = { baseUrl: string; publicUrl: string; repositoryIdentifier: string; secret: string; pageSize: number; repositoryName: string; adminEmail: string };

// The repository's OAI-PMH identity, from the settings: its base URL is PUBLIC_URL/oai and its
// identifiers use the public host name.
export function getOaiContext(): TOaiServerContext {
  const env = getEnv();
  return {
    baseUrl: `${env.PUBLIC_URL}/oai`,
    publicUrl: env.PUBLIC_URL,
    repositoryIdentifier: new URL(env.PUBLIC_URL).hostname,
    secret: env.AUTH_SECRET ?? "",
    pageSize: env.OAI_PAGE_SIZE,
    repositoryName: env.REPOSITORY_NAME,
    adminEmail: env.ADMIN_EMAIL,
  };
}
