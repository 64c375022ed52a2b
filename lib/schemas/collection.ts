import { z } from "zod";
import { ZText } from "./z-text";


export const ZCollectionCreate = z.object({
  library: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "Choose a library."),
  slug: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{1,94}$/, "Use 2–95 lower-case letters, digits and hyphens."),
  titleLang: z.string().regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?$/, "Choose the title's language."),
  title: ZText(300).pipe(z.string().min(1, "Give the collection a title.")),
  description: ZText(5000).optional(),
});
export type TCollectionCreate = z.infer<typeof ZCollectionCreate>;

export const ZCollectionItem = z.object({ collectionId: z.uuid("Not a valid collection."), resourceId: z.uuid("Give the resource's id (from its address).") });
export type TCollectionItem = z.infer<typeof ZCollectionItem>;

// The whole ordered list of a collection's resources, replaced in one go (API and reordering).
export const ZCollectionItems = z
  .object({ resources: z.array(z.uuid("Each entry is a resource id.")).max(1000, "At most 1,000 resources in a collection.") })
  .strict()
  .refine((v) => new Set(v.resources).size === v.resources.length, { message: "A resource appears twice.", path: ["resources"] });
export type TCollectionItems = z.infer<typeof ZCollectionItems>;

export const ZCollectionMove = z.object({ collectionId: z.uuid("Not a valid collection."), resourceId: z.uuid(), direction: z.enum(["up", "down"]) });
export type TCollectionMove = z.infer<typeof ZCollectionMove>;
