"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ZCollectionCreate, ZCollectionItem, ZCollectionMove } from "@/lib/schemas/collection";
import { authenticatedAction } from "@/lib/server/auth/authenticated-action";
import { createCollection } from "@/lib/server/collections/create-collection";
import { moveCollectionItem } from "@/lib/server/collections/move-collection-item";
import { setCollectionItem } from "@/lib/server/collections/set-collection-item";

const refreshed = (message: string) => {
  revalidatePath("/admin/collections", "layout");
  return { ok: true, message };
};

export const createCollectionAction = authenticatedAction("staff", ZCollectionCreate, (input, viewer) => createCollection(viewer!, input), (c) => refreshed(`Collection "${c.slug}" created.`));

export const setItemAction = authenticatedAction(
  "staff",
  ZCollectionItem.extend({ present: z.enum(["true", "false"]).transform((v) => v === "true") }),
  (input, viewer) => setCollectionItem(viewer!, input),
  () => refreshed("Saved."),
);

export const moveItemAction = authenticatedAction("staff", ZCollectionMove, (input, viewer) => moveCollectionItem(viewer!, input), () => refreshed("Moved."));
