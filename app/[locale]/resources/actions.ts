"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { formToResourceInput } from "@/lib/catalogue/form-to-resource-input";
import { toResourceFieldErrors } from "@/lib/catalogue/to-resource-field-errors";
import { redirect } from "@/lib/i18n/navigation";
import { ZResourceCreate, ZResourcePatch, ZTransition } from "@/lib/schemas/resource";
import { authenticatedAction, type TActionState } from "@/lib/server/auth/authenticated-action";
import { createResource } from "@/lib/server/resources/create-resource";
import { transitionResource, TRANSITIONS, type TTransition } from "@/lib/server/resources/transition-resource";
import { updateResource } from "@/lib/server/resources/update-resource";
import { reprocessResource } from "@/lib/server/processing/reprocess-resource";

type TFormAction = (state: TActionState, form: FormData) => Promise<TActionState>;

// The schema's messages are the API's English. When the form was refused by the schema (the
// same form fails again here), say what to correct in the viewer's language; any other refusal
// keeps its message.
function inViewerLanguage(action: TFormAction, schema: z.ZodType, mapForm: (form: FormData) => unknown): TFormAction {
  return async (state, form) => {
    const result = await action(state, form);
    if (result.ok || !result.fieldErrors) return result;
    const input = mapForm(form);
    const parsed = schema.safeParse(input);
    if (parsed.success) return result;
    const t = await getTranslations("ClientForms");
    return { ...result, message: t("correctMarked"), fieldErrors: toResourceFieldErrors(parsed.error, input, (key, values) => t(`issues.${key}`, values)) };
  };
}

const toPage = async (href: string) => redirect({ href, locale: await getLocale() });

export const createResourceAction = inViewerLanguage(
  authenticatedAction("signedIn", ZResourceCreate, (input, viewer) => createResource(viewer!, input), (id) => toPage(`/resources/${id}/edit`), formToResourceInput),
  ZResourceCreate,
  formToResourceInput,
);

const ZEdit = ZResourcePatch.extend({ id: z.uuid(), intent: z.enum(["save", "submit"]) });
const editInput = (form: FormData) => ({ ...formToResourceInput(form), id: form.get("id"), intent: form.get("intent") });

export const saveResourceAction = inViewerLanguage(
  authenticatedAction(
    "signedIn",
    ZEdit,
    async ({ id, intent, ...patch }, viewer) => {
      const version = await updateResource(viewer!, id, patch);
      // Saved even if submitting fails below: the form must carry the new version from now on.
      revalidatePath(`/resources/${id}/edit`);
      revalidatePath(`/resources/${id}`);
      if (intent === "submit") await transitionResource(viewer!, id, "submit", { version });
      return { id, intent };
    },
    async ({ id, intent }) => (intent === "submit" ? toPage(`/resources/${id}`) : { ok: true, message: (await getTranslations("ResourceActions"))("saved") }),
    editInput,
  ),
  ZEdit,
  editInput,
);

const ZDecision = ZTransition.extend({ id: z.uuid(), transition: z.enum(TRANSITIONS as [TTransition, ...TTransition[]]), version: z.coerce.number().int().positive().optional() });

export const decideAction = authenticatedAction("signedIn", ZDecision, ({ id, transition, ...options }, viewer) => transitionResource(viewer!, id, transition, options).then(() => id), (id) => {
  revalidatePath(`/resources/${id}`);
  revalidatePath("/review");
  return toPage(`/resources/${id}`);
});

export const reprocessAction = authenticatedAction("staff", z.object({ id: z.uuid() }), ({ id }, viewer) => reprocessResource(viewer!, id).then((n) => ({ id, n })), async ({ id, n }) => {
  revalidatePath(`/resources/${id}`);
  const t = await getTranslations("ResourceActions");
  return { ok: true, message: t("processingQueued", { count: n }) };
});
