"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { ZLibraryHost } from "@/lib/schemas/admin";
import { authenticatedAction } from "@/lib/server/auth/authenticated-action";
import { setLibraryHost } from "@/lib/server/libraries/set-library-host";

export const setHostAction = authenticatedAction("admin", ZLibraryHost, (input, viewer) => setLibraryHost(viewer!, input), async () => {
  // Route patterns, so every interface language's page is refreshed (the home page shows the hosts).
  revalidatePath("/[locale]/admin/libraries", "page");
  revalidatePath("/[locale]", "page");
  const t = await getTranslations("AdminMessages");
  return { ok: true, message: t("hostSaved") };
});
