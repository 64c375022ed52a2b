"use server";

import { revalidatePath } from "next/cache";
import { ZLibraryHost } from "@/lib/schemas/admin";
import { authenticatedAction } from "@/lib/server/auth/authenticated-action";
import { setLibraryHost } from "@/lib/server/libraries/set-library-host";

export const setHostAction = authenticatedAction("admin", ZLibraryHost, (input, viewer) => setLibraryHost(viewer!, input), () => {
  revalidatePath("/admin/libraries");
  revalidatePath("/");
  return { ok: true, message: "Host saved." };
});
