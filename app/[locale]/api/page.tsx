import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiReference } from "@/components/api-reference/api-reference";
import { getEnv } from "@/lib/env";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "ApiReference" });
  return { title: t("metaTitle") };
}

// Built per request: the server address comes from PUBLIC_URL at run time, not build time.
export const dynamic = "force-dynamic";

export default function ApiReferencePage() {
  const env = getEnv();
  return <ApiReference document={buildOpenApiDocument({ title: env.REPOSITORY_NAME, serverUrl: env.PUBLIC_URL })} />;
}
