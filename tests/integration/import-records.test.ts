import { spawnSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { importRecords } from "@/lib/server/catalogue/import-records";
import { getDb } from "@/lib/server/database/get-db";

const db = getDb();
afterAll(() => db.$disconnect());

const run = `run-${Math.random().toString(36).slice(2, 8)}`;
const id = (n: number) => `${run}:${n}`;
const linesOf = (records: unknown[]) => (async function* () {
  for (const r of records) yield typeof r === "string" ? r : JSON.stringify(r);
})();

const good = [
  { source_id: id(1), title: "Қазақстан тарихы", description: "Оқулық", authors: ["Әлихан Бөкейхан"], subjects: ["History and archaeology", "Ұлттық тарих"], language: "kk", year: 2021, license: "CC BY-SA 4.0", url: "https://example.org/1" },
  { source_id: id(2), title: "Алгоритмлар", description: "", authors: [], subjects: ["0613"], language: "uz-Cyrl", year: null, license: "cc-by-nc", url: null },
  { source_id: id(3), title: "Декларация прав человека", description: "Статья 1", authors: [], subjects: [], language: "ru", year: 1948, license: "copyright-free (OHCHR)" },
];

describe("importRecords", () => {
  it("loads good lines, reports bad ones by line number, and writes nothing of them", async () => {
    const bad = [
      "{not json",
      { ...good[0], source_id: id(10), title: "   " },
      { ...good[0], source_id: id(11), year: 3000 },
      { ...good[0], source_id: id(12), description: "x".repeat(1_000_000) },
      { ...good[0], source_id: id(13), language: "Kazakh" },
      { ...good[0] }, // the same source_id again
      { title: "No id", language: "en" },
    ];
    const summary = await importRecords({ db, lines: linesOf([...good, ...bad]), library: "UZ", publish: true });
    expect(summary).toMatchObject({ created: 3, updated: 0, unchanged: 0, skipped: 7 });
    const problems = Object.fromEntries(summary.problems.map((p) => [p.line, p.message]));
    expect(problems[4]).toMatch(/^not valid JSON/);
    expect(problems[5]).toMatch(/title: title is empty/);
    expect(problems[6]).toMatch(/year: year is after/);
    expect(problems[7]).toMatch(/description: description is longer than 100,000 characters/);
    expect(problems[8]).toMatch(/language: expected a BCP 47 language tag/);
    expect(problems[9]).toMatch(/appears earlier in the file/);
    expect(problems[10]).toMatch(/source_id/);
    expect(summary.warnings).toEqual([{ line: 3, message: expect.stringContaining("imported without a licence, as a draft") }]);
    expect(await db.resource.count({ where: { sourceId: { in: [10, 11, 12, 13].map(id) } } })).toBe(0);

    const find = (n: number) => db.resource.findFirstOrThrow({ where: { sourceId: id(n) }, include: { subjects: true, library: true } });
    const [kk, uz, ru] = [await find(1), await find(2), await find(3)];
    expect(kk).toMatchObject({
      status: "PUBLISHED",
      license: "https://creativecommons.org/licenses/by-sa/4.0/",
      title: { kk: "Қазақстан тарихы" },
      authors: [{ name: "Әлихан Бөкейхан" }],
      keywords: ["Ұлттық тарих"],
      languages: ["kk"],
      year: 2021,
      sourceUrl: "https://example.org/1",
    });
    expect(kk.library.countryCode).toBe("UZ");
    expect(kk.subjects.map((s) => s.code)).toEqual(["0222"]);
    expect(uz).toMatchObject({ license: "https://creativecommons.org/licenses/by-nc/4.0/", description: {} });
    expect(uz.subjects.map((s) => s.code)).toEqual(["0613"]);
    expect(ru).toMatchObject({ status: "DRAFT", license: null });
  });

  it("updates on a second run instead of duplicating", async () => {
    const again = await importRecords({ db, lines: linesOf(good), library: "UZ", publish: true });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3, skipped: 0 });
    const changed = await importRecords({ db, lines: linesOf([{ ...good[0], title: "Қазақстан тарихы (2-басылым)" }, good[1]]), library: "UZ", publish: true });
    expect(changed).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(await db.resource.count({ where: { sourceId: id(1) } })).toBe(1);
  });

  it("refuses an unknown library or an institution of another country", async () => {
    await expect(importRecords({ db, lines: linesOf(good), library: "XX", publish: false })).rejects.toThrow(/No library/);
    await expect(importRecords({ db, lines: linesOf(good), library: "UZ", institution: "enu", publish: false })).rejects.toThrow(/not in UZ/);
    await expect(importRecords({ db, lines: linesOf(good), library: "TM", publish: false })).rejects.toThrow(/no host institution/);
  });

  it("attaches files from the --files folder, and refuses paths outside it", async () => {
    const dir = path.join(inject("dataDir"), `import-files-${run}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "syllabus.txt"), "Курс дастури\n1. Кириш\n");
    const summary = await importRecords({
      db,
      lines: linesOf([{ ...good[1], source_id: id(20), files: ["syllabus.txt", "../../../etc/passwd", "missing.pdf"] }]),
      library: "UZ",
      publish: false,
      filesDir: dir,
    });
    expect(summary.created).toBe(1);
    expect(summary.warnings.map((w) => w.message)).toEqual([expect.stringContaining("outside the --files folder"), expect.stringContaining("no such file")]);
    const files = await db.resourceFile.findMany({ where: { resource: { sourceId: id(20) } } });
    expect(files.map((f) => [f.originalName, f.mediaType])).toEqual([["syllabus.txt", "text/plain"]]);
  });
});

describe("npm run import", () => {
  it("prints each bad line and a summary, and exits 1 when a line was skipped", async () => {
    const file = path.join(inject("dataDir"), `import-${run}.jsonl`);
    await writeFile(file, [JSON.stringify({ ...good[0], source_id: id(30) }), "{broken", ""].join("\n"));
    const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/import.ts", "--file", file, "--library", "uz"], { encoding: "utf8" });
    expect(result.stderr).toContain("line 2: skipped: not valid JSON");
    expect(result.stdout).toMatch(/1 created, 0 updated, 0 unchanged, 1 skipped/);
    expect(result.status).toBe(1);
    const usage = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/import.ts", "--library", "UZ"], { encoding: "utf8" });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("usage: npm run import");
  });
});
