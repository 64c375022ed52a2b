import "server-only";
import { headers } from "next/headers";
import { after } from "next/server";
import type { TMaybeViewer } from "@/lib/authz/types";
import { clientIp } from "@/lib/http/client-ip";
import { isPrefetch } from "@/lib/stats/is-prefetch";
import { recordUsage } from "./record-usage";
import { logger } from "@/lib/log/logger";

// Counts the page being rendered as a view of the resource, once the response has gone out
// (Next's after()), so the reader never waits for the insert. For Server Components: the
// request's headers are read now, during the render, as after() callbacks may not read them.
export async function recordViewAfterResponse(options: { viewer: TMaybeViewer; resourceId: string; libraryCountry: string }): Promise<void> {
  const request = await headers();
  if (isPrefetch(request)) return;
  const usage = { ...options, kind: "VIEW" as const, ip: clientIp(request), userAgent: request.get("user-agent") ?? "" };
  after(() => recordUsage(usage).then(
    () => undefined,
    (error: unknown) => logger.error({ err: error }, "usage: a view was not recorded"),
  ));
}
