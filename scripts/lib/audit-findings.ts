// Reads `npm audit --json` (report version 2) against the allow-list: which advisories at or
// above the threshold remain, which allow-list entries were used, which have expired.

export type TAllowEntry = { advisory: string; package: string; reason: string; until: string };
export type TFinding = { package: string; severity: string; advisory: string; title: string };
export type TAuditOutcome =
  | { kind: "unchecked"; reason: string }
  | { kind: "checked"; blocking: TFinding[]; allowed: TFinding[]; expired: TAllowEntry[] };

const RANK: Record<string, number> = { info: 0, low: 1, moderate: 2, high: 3, critical: 4 };

type TVia = string | { source?: number; name?: string; title?: string; url?: string; severity?: string };
type TReport = { auditReportVersion?: number; vulnerabilities?: Record<string, { severity?: string; via?: TVia[] }>; message?: string; error?: { summary?: string } };

// An advisory is named by its GitHub id (GHSA-…), taken from its URL.
const advisoryId = (via: Exclude<TVia, string>) => via.url?.match(/GHSA-[\w-]+/)?.[0] ?? String(via.source ?? via.url ?? "unknown");

export function auditFindings(reportText: string, allowList: TAllowEntry[], options: { threshold: string; today: string }): TAuditOutcome {
  let report: TReport;
  try {
    report = JSON.parse(reportText) as TReport;
  } catch {
    return { kind: "unchecked", reason: "npm audit did not answer with JSON" };
  }
  if (report.auditReportVersion !== 2 || !report.vulnerabilities) {
    return { kind: "unchecked", reason: report.message ?? report.error?.summary ?? "npm audit gave no report" };
  }
  const min = RANK[options.threshold] ?? RANK.high!;
  const live = allowList.filter((entry) => entry.until >= options.today);
  const expired = allowList.filter((entry) => entry.until < options.today);
  const blocking: TFinding[] = [];
  const allowed: TFinding[] = [];
  const seen = new Set<string>();
  for (const vulnerability of Object.values(report.vulnerabilities)) {
    for (const via of vulnerability.via ?? []) {
      if (typeof via === "string") continue; // reached through another package, listed under that one
      const finding = { package: via.name ?? "unknown", severity: via.severity ?? "unknown", advisory: advisoryId(via), title: via.title ?? "" };
      const key = `${finding.package} ${finding.advisory}`;
      if (seen.has(key) || (RANK[finding.severity] ?? 0) < min) continue;
      seen.add(key);
      const excused = live.some((entry) => entry.advisory === finding.advisory && entry.package === finding.package);
      (excused ? allowed : blocking).push(finding);
    }
  }
  return { kind: "checked", blocking, allowed, expired };
}
