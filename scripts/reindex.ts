// `npm run reindex [-- --files-only | --search-only]`: processes every file again (text
// extraction) and rewrites every published resource's search row, with a progress bar. Same
// settings as `npm start`; runs in this process, so it works with or without a worker.
import { parseArgs } from "node:util";
import { openScriptDatabase } from "./lib/open-script-database";

const { values } = parseArgs({ options: { "files-only": { type: "boolean", default: false }, "search-only": { type: "boolean", default: false } } });
const log = (message: string) => console.error(`[reindex] ${message}`);
const database = await openScriptDatabase(log);
const { processFile } = await import("@/lib/server/processing/process-file");
const { refreshSearchDocuments } = await import("@/lib/server/search/refresh-search-documents");
const { db } = database;

const bar = (label: string, done: number, total: number, started: number) => {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  const rate = done / Math.max(1, (Date.now() - started) / 1000);
  process.stderr.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} (${rate.toFixed(1)}/s)`);
};

try {
  if (!values["search-only"]) {
    const files = await db.resourceFile.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } });
    const started = Date.now();
    const outcomes: Record<string, number> = {};
    for (const [i, file] of files.entries()) {
      const outcome = await processFile(file.id, log).catch((error: unknown) => (log(`file ${file.id}: ${error instanceof Error ? error.message : String(error)}`), "ERROR"));
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      bar("files   ", i + 1, files.length, started);
    }
    if (process.stderr.isTTY) process.stderr.write("\n");
    log(`files: ${files.length} processed in ${((Date.now() - started) / 1000).toFixed(1)} s (${Object.entries(outcomes).map(([k, v]) => `${v} ${k.toLowerCase()}`).join(", ") || "none"})`);
  }
  if (!values["files-only"]) {
    const ids = (await db.resource.findMany({ where: { status: "PUBLISHED" }, select: { id: true } })).map((r) => r.id);
    const started = Date.now();
    for (let i = 0; i < ids.length; i += 500) {
      await refreshSearchDocuments(ids.slice(i, i + 500), db);
      bar("search  ", Math.min(ids.length, i + 500), ids.length, started);
    }
    if (process.stderr.isTTY) process.stderr.write("\n");
    log(`search: ${ids.length} published resources indexed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  await database.close();
  const { getDb } = await import("@/lib/server/database/get-db");
  await getDb().$disconnect();
}
