import type { TMaybeViewer } from "@/lib/authz/types";
import type { TStatsScope } from "@/lib/authz/stats-scope";
import type { TGranularity } from "@/lib/schemas/stats";

// What every statistics query takes: who asks, about what, and which inclusive UTC days.
export type TStatsOptions = {
  viewer: TMaybeViewer;
  scope: TStatsScope;
  from: string;
  to: string;
};

export type TStatsSeriesOptions = TStatsOptions & { granularity: TGranularity };

// Languages to name things in (Accept-Language), most wanted first.
export type TStatsNamedOptions = TStatsOptions & { languages?: readonly string[] };
