"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { ZInstitutionForm, ZInstitutionUpdate } from "@/lib/schemas/admin";
import { authenticatedAction } from "@/lib/server/auth/authenticated-action";
import { createInstitution } from "@/lib/server/institutions/create-institution";
import { updateInstitution } from "@/lib/server/institutions/update-institution";

// The route pattern with "layout": the list and every edit page, in every interface language.
const refresh = () => revalidatePath("/[locale]/admin/institutions", "layout");

export const createInstitutionAction = authenticatedAction("staff", ZInstitutionForm, (input, viewer) => createInstitution(viewer!, input), async (i) => {
  refresh();
  const t = await getTranslations("AdminMessages");
  return { ok: true, message: t("institutionAdded", { slug: i.slug }) };
});

export const updateInstitutionAction = authenticatedAction("staff", ZInstitutionUpdate, (input, viewer) => updateInstitution(viewer!, input), async () => {
  refresh();
  const t = await getTranslations("AdminMessages");
  return { ok: true, message: t("saved") };
});
