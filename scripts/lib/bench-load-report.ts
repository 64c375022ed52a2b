import type { TSearchLoadPart } from "./bench-load-search";
import type { TUploadLoad } from "./bench-load-uploads";

const P95_TARGET_MS = 200;

const at = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);
const ms = (n: number) => (Number.isNaN(n) ? "n/a" : `${n.toFixed(0)} ms`);
const count = (n: number) => n.toLocaleString("en");

// The figures of one run, and PASS/FAIL against the targets (no errors; search p95 under
// 200 ms) as ratios. Returns whether both targets were met.
export function benchLoadReport(run: { parts: TSearchLoadPart[]; uploads: TUploadLoad; seconds: number; print: (line: string) => void }): boolean {
  const { parts, uploads, print } = run;
  const all = parts.flatMap((p) => p.latencies).sort((a, b) => a - b);
  const statuses: Record<string, number> = {};
  for (const part of parts) for (const [status, n] of Object.entries(part.statuses)) statuses[status] = (statuses[status] ?? 0) + n;
  const non2xx = Object.entries(statuses).reduce((sum, [status, n]) => sum + (status.startsWith("2") ? 0 : n), 0);
  const tooMany = statuses["429"] ?? 0;
  const socketErrors = parts.reduce((sum, p) => sum + p.socketErrors, 0);
  const timeouts = parts.reduce((sum, p) => sum + p.timeouts, 0);
  const searchErrors = non2xx + socketErrors + timeouts;
  const seconds = Math.max(...parts.map((p) => p.result.duration), run.seconds);

  print(`searches: ${count(all.length)} answered in ${seconds.toFixed(1)} s = ${(all.length / seconds).toFixed(1)} req/s`);
  for (const part of [...parts, { name: "all searches", latencies: all, connections: parts.reduce((s, p) => s + p.connections, 0) }]) {
    const l = part.latencies;
    print(`  ${part.name.padEnd(22)} ${String(part.connections).padStart(3)} conn  ${count(l.length).padStart(7)} req  ${(l.length / seconds).toFixed(1).padStart(6)} req/s  p50 ${ms(at(l, 50))}  p95 ${ms(at(l, 95))}  p99 ${ms(at(l, 99))}  max ${ms(l.at(-1) ?? NaN)}`);
  }
  print(`  status codes: ${Object.entries(statuses).map(([s, n]) => `${s} × ${count(n)}`).join(", ") || "none"}`);
  print(`  errors: ${searchErrors} (non-2xx ${non2xx}, of which 429 ${tooMany}; socket errors ${socketErrors}; timeouts ${timeouts})`);
  for (const sample of parts.flatMap((p) => p.errorSamples)) print(`    e.g. ${sample}`);

  const mb = uploads.bytes / 1e6;
  if (uploads.clients === 0) print("uploads: none (--uploads 0)");
  else print(`uploads: ${uploads.completed} completed, ${mb.toFixed(1)} MB in ${uploads.seconds.toFixed(1)} s = ${(mb / uploads.seconds).toFixed(2)} MB/s, errors ${uploads.errors}; one upload p50 ${ms(at(uploads.latencies, 50))}, max ${ms(uploads.latencies.at(-1) ?? NaN)}`);
  for (const sample of uploads.errorSamples) print(`    e.g. ${sample}`);

  const errors = searchErrors + uploads.errors;
  const p95 = at(all, 95);
  const ratio = p95 / P95_TARGET_MS;
  const errorsPass = errors === 0;
  const latencyPass = ratio < 1;
  print(`target errors = 0:           ${errors} → ${errorsPass ? "PASS" : "FAIL"}`);
  print(`target search p95 < ${P95_TARGET_MS} ms: p95 / ${P95_TARGET_MS} ms = ${ratio.toFixed(2)} → ${latencyPass ? "PASS" : "FAIL"}`);
  return errorsPass && latencyPass;
}
