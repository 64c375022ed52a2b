export type TUsageCounts = { views: number; uniqueViews: number; downloads: number; uniqueDownloads: number };
export type TUsageRow = { key: string; kind: string; total: bigint | number; unique: bigint | number };

export const emptyUsage = (): TUsageCounts => ({ views: 0, uniqueViews: 0, downloads: 0, uniqueDownloads: 0 });

// Rollup sums (one row per key and kind) folded into views and downloads per key, in the
// order the keys first appear.
export function collectUsage(rows: readonly TUsageRow[]): Map<string, TUsageCounts> {
  const byKey = new Map<string, TUsageCounts>();
  for (const row of rows) {
    const counts = byKey.get(row.key) ?? emptyUsage();
    if (row.kind === "DOWNLOAD") {
      counts.downloads += Number(row.total);
      counts.uniqueDownloads += Number(row.unique);
    } else {
      counts.views += Number(row.total);
      counts.uniqueViews += Number(row.unique);
    }
    byKey.set(row.key, counts);
  }
  return byKey;
}

// Most downloaded first, then most viewed: the order every usage table uses.
export function byUsage(a: TUsageCounts, b: TUsageCounts): number {
  return b.downloads - a.downloads || b.views - a.views;
}
