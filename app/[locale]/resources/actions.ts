"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formToResourceInput } from "@/lib/catalogue/form-to-resource-input";
import { ZResourceCreate, ZResourcePatch, ZTransition } from "@/lib/schemas/resource";
import { authenticatedAction } from "@/lib/server/auth/authenticated-action";
import { createResource } from "@/lib/server/resources/create-resource";
import { transitionResource, TRANSITIONS, type TTransition } from "@/lib/server/resources/transition-resource";
import { updateResource } from "@/lib/server/resources/update-resource";
import { reprocessResource } from "@/lib/server/processing/reprocess-resource";

export const createResourceAction = authenticatedAction("signedIn", ZResourceCreate, (input, viewer) => createResource(viewer!, input), (id) => redirect(`/resources/${id}/edit`), formToResourceInput);

const ZEdit = ZResourcePatch.extend({ id: z.uuid(), intent: z.enum(["save", "submit"]) });

export const saveResourceAction = authenticatedAction(
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
  ({ id, intent }) => (intent === "submit" ? redirect(`/resources/${id}`) : { ok: true, message: "Saved." }),
  (form) => ({ ...formToResourceInput(form), id: form.get("id"), intent: form.get("intent") }),
);

const ZDecision = ZTransition.extend({ id: z.uuid(), transition: z.enum(TRANSITIONS as [TTransition, ...TTransition[]]), version: z.coerce.number().int().positive().optional() });

export const decideAction = authenticatedAction("signedIn", ZDecision, ({ id, transition, ...options }, viewer) => transitionResource(viewer!, id, transition, options).then(() => id), (id) => {
  revalidatePath(`/resources/${id}`);
  revalidatePath("/review");
  return redirect(`/resources/${id}`);
});

export const reprocessAction = authenticatedAction("staff", z.object({ id: z.uuid() }), ({ id }, viewer) => reprocessResource(viewer!, id).then((n) => ({ id, n })), ({ id, n }) => {
  revalidatePath(`/resources/${id}`);
  return { ok: true, message: `Processing queued for ${n} file${n === 1 ? "" : "s"}.` };
});
