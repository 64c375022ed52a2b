"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ZCollectionCreate, ZCollectionItem, ZCollectionMove } from "@/lib/schemas/collection";
import { authenticatedAction } from "@/lib/server/auth/authenticated-action";
import { createCollection } from "@/lib/server/collections/create-collection";
import { moveCollectionItem } from "@/lib/server/collections/move-collection-item";
import { setCollectionItem } from "@/lib/server/collections/set-collection-item";

// The route pattern with "layout": the list and every collection's page, in every interface language.
const refreshed = (message: string) => {
  revalidatePath("/[locale]/admin/collections", "layout");
  return { ok: true, message };
};

const messages = () => getTranslations("AdminMessages");

export const createCollectionAction = authenticatedAction("staff", ZCollectionCreate, (input, viewer) => createCollection(viewer!, input), async (c) =>
  refreshed((await messages())("collectionCreated", { slug: c.slug })),
);

export const setItemAction = authenticatedAction(
  "staff",
  ZCollectionItem.extend({ present: z.enum(["true", "false"]).transform((v) => v === "true") }),
  (input, viewer) => setCollectionItem(viewer!, input),
  async () => refreshed((await messages())("saved")),
);

export const moveItemAction = authenticatedAction("staff", ZCollectionMove, (input, viewer) => moveCollectionItem(viewer!, input), async () => refreshed((await messages())("moved")));
