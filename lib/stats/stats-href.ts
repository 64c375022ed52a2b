import { NETWORK, type TStatsScope } from "@/lib/authz/stats-scope";

export type TStatsView = { scope: TStatsScope; from: string; to: string; granularity: string };

// The dashboard's (or its CSV export's) address for a scope and range. The network is the
// absence of a library: only admins may ask for it, and for them it is the default.
export function statsHref(path: "/stats" | "/stats/export", view: TStatsView, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  if (view.scope !== NETWORK) params.set("library", view.scope);
  params.set("from", view.from);
  params.set("to", view.to);
  params.set("granularity", view.granularity);
  return `${path}?${params.toString()}`;
}
