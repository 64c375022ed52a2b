import "server-only";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";
import type { TMaybeViewer, TRole, TViewer } from "@/lib/authz/types";
import { getViewer } from "./get-viewer";

// The coarse gate each entry point declares; the domain functions then decide on the
// particular object (by building their queries from the viewer).
export type TGate = "anyone" | "signedIn" | "staff" | "admin";

const STAFF: readonly TRole[] = ["LIBRARIAN", "ADMIN"];

export function passesGate(viewer: TMaybeViewer, gate: TGate): boolean {
  if (gate === "anyone") return true;
  if (!viewer) return false;
  if (gate === "staff") return STAFF.includes(viewer.role);
  if (gate === "admin") return viewer.role === "ADMIN";
  return true;
}

// State-changing requests made with the session cookie must come from our own pages
// (CSRF): the browser's Origin header must be ours. Requests with an API token carry no
// ambient credentials, so they may come from anywhere.
function assertSameOrigin(request: Request) {
  if (["GET", "HEAD", "OPTIONS"].includes(request.method)) return;
  if (request.headers.get("authorization")?.toLowerCase().startsWith("bearer ")) return;
  const origin = request.headers.get("origin");
  const allowed = new Set([new URL(getEnv().PUBLIC_URL).origin, new URL(request.url).origin]);
  if (!origin || !allowed.has(origin)) {
    throw new AppError("FORBIDDEN", "This request must come from a Kitab page (cross-site requests are refused).");
  }
}

type TRouteHandler<C> = (request: Request, context: C & { viewer: TMaybeViewer }) => Promise<Response>;

// Every route handler goes through this: gate, CSRF check, typed errors to 4xx. `readOnly`
// declares a POST that changes nothing (a protocol that allows POST for queries, like
// OAI-PMH): it may then come from anywhere.
export function authenticated<C extends object>(gate: TGate, handler: TRouteHandler<C>, options: { readOnly?: boolean } = {}) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      if (!options.readOnly) assertSameOrigin(request);
      const viewer = await getViewer();
      if (!passesGate(viewer, gate)) {
        throw viewer ? new AppError("NOT_FOUND", "Not found.") : new AppError("UNAUTHENTICATED", "Sign in first.");
      }
      return await handler(request, { ...context, viewer });
    } catch (error) {
      return errorResponse(request, error);
    }
  };
}

export type { TViewer };
