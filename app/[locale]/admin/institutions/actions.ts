"use server";

import { revalidatePath } from "next/cache";
import { ZInstitutionForm, ZInstitutionUpdate } from "@/lib/schemas/admin";
import { authenticatedAction } from "@/lib/server/auth/authenticated-action";
import { createInstitution } from "@/lib/server/institutions/create-institution";
import { updateInstitution } from "@/lib/server/institutions/update-institution";

export const createInstitutionAction = authenticatedAction("staff", ZInstitutionForm, (input, viewer) => createInstitution(viewer!, input), (i) => {
  revalidatePath("/admin/institutions");
  return { ok: true, message: `Institution "${i.slug}" added.` };
});

export const updateInstitutionAction = authenticatedAction("staff", ZInstitutionUpdate, (input, viewer) => updateInstitution(viewer!, input), () => {
  revalidatePath("/admin/institutions");
  return { ok: true, message: "Saved." };
});
