import "server-only";
import { notFound, redirect } from "next/navigation";
import type { TViewer } from "@/lib/authz/types";
import { passesGate, type TGate } from "./authenticated";
import { getViewer } from "./get-viewer";

// For pages: anonymous visitors go to sign-in and come back; signed-in users without the
// role see "not found", as if the page did not exist.
export async function requireViewer(gate: Exclude<TGate, "anyone">, returnTo: string): Promise<TViewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!passesGate(viewer, gate)) notFound();
  return viewer;
}
