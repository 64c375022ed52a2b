import { describe, expect, it } from "vitest";
import { auditFindings } from "../../scripts/lib/audit-findings";

// The shape of `npm audit --json` (npm 10, report version 2), trimmed to what is read.
const report = JSON.stringify({
  auditReportVersion: 2,
  vulnerabilities: {
    "tar-fs": {
      severity: "high",
      via: [{ source: 1, name: "tar-fs", title: "Path traversal", url: "https://github.com/advisories/GHSA-pq67-2wwv-3xjx", severity: "high" }],
    },
    "some-wrapper": { severity: "high", via: ["tar-fs"] },
    cookie: {
      severity: "low",
      via: [{ source: 2, name: "cookie", title: "Out of bounds characters", url: "https://github.com/advisories/GHSA-pxg6-pf52-xh8x", severity: "low" }],
    },
    "form-data": {
      severity: "critical",
      via: [{ source: 3, name: "form-data", title: "Unsafe random boundary", url: "https://github.com/advisories/GHSA-fjxv-7rqg-78g4", severity: "critical" }],
    },
  },
});

describe("auditFindings", () => {
  it("keeps advisories at or above the threshold, once each, and drops the ones only reached through another package", () => {
    const outcome = auditFindings(report, [], { threshold: "high", today: "2026-12-06" });
    expect(outcome).toEqual({
      kind: "checked",
      blocking: [
        { package: "tar-fs", severity: "high", advisory: "GHSA-pq67-2wwv-3xjx", title: "Path traversal" },
        { package: "form-data", severity: "critical", advisory: "GHSA-fjxv-7rqg-78g4", title: "Unsafe random boundary" },
      ],
      allowed: [],
      expired: [],
    });
  });

  it("excuses an allow-listed advisory until its date, and lists the entry as expired after it", () => {
    const entry = { advisory: "GHSA-pq67-2wwv-3xjx", package: "tar-fs", reason: "only used on trusted archives", until: "2027-01-31" };
    const before = auditFindings(report, [entry], { threshold: "high", today: "2027-01-31" });
    expect(before.kind === "checked" && before.blocking.map((f) => f.package)).toEqual(["form-data"]);
    expect(before.kind === "checked" && before.allowed.map((f) => f.package)).toEqual(["tar-fs"]);
    const after = auditFindings(report, [entry], { threshold: "high", today: "2027-02-01" });
    expect(after.kind === "checked" && after.blocking.map((f) => f.package)).toEqual(["tar-fs", "form-data"]);
    expect(after.kind === "checked" && after.expired).toEqual([entry]);
  });

  it("an entry for the same advisory in another package excuses nothing", () => {
    const outcome = auditFindings(report, [{ advisory: "GHSA-pq67-2wwv-3xjx", package: "tar", reason: "-", until: "2099-01-01" }], { threshold: "high", today: "2026-12-06" });
    expect(outcome.kind === "checked" && outcome.blocking).toHaveLength(2);
  });

  it("reports 'not checked' when the registry's audit endpoint fails, never 'clean'", () => {
    const failed = JSON.stringify({ message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk", method: "POST" });
    expect(auditFindings(failed, [], { threshold: "high", today: "2026-12-06" })).toEqual({ kind: "unchecked", reason: expect.stringContaining("405") });
    expect(auditFindings("", [], { threshold: "high", today: "2026-12-06" }).kind).toBe("unchecked");
  });

  it("a clean report is checked and empty", () => {
    expect(auditFindings(JSON.stringify({ auditReportVersion: 2, vulnerabilities: {} }), [], { threshold: "high", today: "2026-12-06" })).toEqual({ kind: "checked", blocking: [], allowed: [], expired: [] });
  });
});
