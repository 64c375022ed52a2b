// `npm run eval:search`: search quality on a corpus we did not write (../shared/corpus, 3,448
// records in eight languages). Imports it into a throw-away database with the app's importer,
// builds queries for each language behaviour from the corpus's own words, judges relevance
// from the raw records (which records contain the target word), and prints recall@10 per
// behaviour (`-- --misses` lists the queries that found nothing relevant). Queries go through
// searchResources, the function behind the API.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { tokenize } from "@/lib/search/tokenize";
import { STOPWORDS } from "@/lib/search/stopwords";
import { createDb } from "@/lib/server/database/create-db";
import { startEmbeddedPostgres } from "@/lib/server/database/start-embedded-postgres";
import { applyMigrations } from "@/lib/server/database/apply-migrations";
import { seedReferenceData } from "@/lib/server/seed/seed-reference-data";
import { seededRandom } from "./lib/search-bench-data";
import { makeTestDir } from "../tests/support/make-test-dir";
import { freePort } from "../tests/support/free-port";

type TRecord = { source_id: string; title: string; description?: string; language: string; group_id?: string };
type TCase = { behaviour: string; q: string; relevant: Set<string>; filter?: Record<string, string> };

const CORPUS = path.resolve("../shared/corpus");
const FILES = ["records-ntrex-core.jsonl", "records-udhr.jsonl", "records-kazqad.jsonl", "records-oer-textbooks.jsonl"];
const PER_BEHAVIOUR = 150;
const log = (message: string) => console.log(`[eval:search] ${message}`);

const records: TRecord[] = [];
for (const file of FILES) for (const line of (await readFile(path.join(CORPUS, file), "utf8")).split("\n")) if (line.trim()) records.push(JSON.parse(line) as TRecord);
const wordsOf = (r: TRecord) => tokenize(`${r.title} ${r.description ?? ""}`).map((t) => t.word);
const recordWords = new Map(records.map((r) => [r.source_id, new Set(wordsOf(r))]));
// Which records contain a word as written (the judgement, independent of the search code).
const containing = new Map<string, Set<string>>();
for (const r of records) for (const w of recordWords.get(r.source_id)!) (containing.get(w) ?? containing.set(w, new Set()).get(w)!).add(r.source_id);
const lang = (r: TRecord) => r.language.split("-")[0]!;
const random = seededRandom(2026);
const sample = <T,>(list: T[], n: number) => [...list].sort(() => random() - 0.5).slice(0, n);
const rare = (w: string, max = 5) => (containing.get(w)?.size ?? 0) <= max;
const content = (w: string) => w.length >= 5 && !STOPWORDS.has(w) && !/\d/.test(w);

const cases: TCase[] = [];
// 1. Cross-script: a word of a Latin-script record finds its Cyrillic translation, and back
//    (UDHR articles exist in uz-Latn and uz-Cyrl, tk-Latn and tk-Cyrl; the skeletons must meet).
for (const [latin, cyrillic] of [["uz-Latn", "uz-Cyrl"], ["tk-Latn", "tk-Cyrl"]] as const) {
  const groups = new Map<string, TRecord[]>();
  for (const r of records) if (r.group_id && (r.language === latin || r.language === cyrillic)) (groups.get(r.group_id) ?? groups.set(r.group_id, []).get(r.group_id)!).push(r);
  for (const pair of groups.values()) {
    const from = pair.find((r) => r.language === latin);
    const to = pair.find((r) => r.language === cyrillic);
    if (!from || !to) continue;
    // The two are transliterations of one text: words pair up by position (when the counts agree).
    const a = wordsOf(from);
    const b = wordsOf(to);
    if (a.length !== b.length) continue;
    const i = b.findIndex((w, k) => content(w) && rare(w, 3) && content(a[k]!));
    if (i >= 0) cases.push({ behaviour: `cross-script ${latin} → ${cyrillic}`, q: a[i]!, relevant: containing.get(b[i]!)!, filter: { language: cyrillic } });
    const j = a.findIndex((w, k) => k !== i && content(w) && rare(w, 3) && content(b[k]!));
    if (j >= 0) cases.push({ behaviour: `cross-script ${cyrillic} → ${latin}`, q: b[j]!, relevant: containing.get(a[j]!)!, filter: { language: latin } });
  }
}
// 2. Apostrophes: Uzbek Latin words with o'/g' typed with ʻ, ’ or none.
const apostrophed = [...containing.keys()].filter((w) => /[a-z]['ʻʼ‘’`][a-z]/.test(w) && content(w) && rare(w, 8));
for (const w of sample(apostrophed, PER_BEHAVIOUR)) {
  const variant = ["ʻ", "’", ""][Math.floor(random() * 3)]!;
  cases.push({ behaviour: "apostrophe forms (uz)", q: w.replace(/['ʻʼ‘’`]/g, variant), relevant: containing.get(w)! });
}
// 3. Russian morphology: another real form of the same word (same first letters, a different
//    ending, both in the corpus) finds the records with this form.
const russianWords = new Set(records.filter((r) => lang(r) === "ru").flatMap(wordsOf));
const russian = [...russianWords].filter((w) => /^[а-яё]{6,}$/.test(w) && rare(w, 5));
const byPrefix = new Map<string, string[]>();
for (const w of russian) (byPrefix.get(w.slice(0, -2)) ?? byPrefix.set(w.slice(0, -2), []).get(w.slice(0, -2))!).push(w);
const ruPairs = [...byPrefix.values()].filter((forms) => forms.length >= 2).map((forms) => [forms[0]!, forms[1]!] as const);
for (const [a, b] of sample(ruPairs, PER_BEHAVIOUR)) cases.push({ behaviour: "Russian inflection", q: a, relevant: containing.get(b)! });
// 4. Turkic suffixes: a bare word finds records that have it only with suffixes (кітап → кітаптары).
const turkicWords = new Set(records.filter((r) => ["kk", "ky", "tk", "uz"].includes(lang(r))).flatMap(wordsOf));
const suffixed: [string, string][] = [];
for (const w of turkicWords) {
  if (!content(w) || w.length > 9) continue;
  const longer = [...turkicWords].find((x) => x !== w && x.startsWith(w) && x.length - w.length >= 2 && x.length - w.length <= 6 && rare(x, 5));
  if (longer && rare(w, 5)) suffixed.push([w, longer]);
  if (suffixed.length > 2000) break;
}
for (const [base, longer] of sample(suffixed, PER_BEHAVIOUR)) cases.push({ behaviour: "Turkic suffixes", q: base, relevant: containing.get(longer)! });
// 5. Typos: a title word with two letters swapped or one dropped.
const titleWords = [...new Set(records.flatMap((r) => tokenize(r.title).map((t) => t.word)))].filter((w) => w.length >= 7 && content(w) && rare(w, 5));
for (const w of sample(titleWords, PER_BEHAVIOUR)) {
  const i = 2 + Math.floor(random() * (w.length - 4));
  const typo = random() < 0.5 ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w.slice(0, i) + w.slice(i + 1);
  cases.push({ behaviour: "typos", q: typo, relevant: containing.get(w)! });
}
// 6. Kazakh and Kyrgyz typed without their own letters (a Russian keyboard).
const RUSSIAN_KEYBOARD: Record<string, string> = { қ: "к", ғ: "г", ң: "н", ә: "а", ө: "о", ұ: "у", ү: "у", і: "и", һ: "х" };
const special = [...containing.keys()].filter((w) => /[қғңәөұүіһ]/.test(w) && content(w) && rare(w, 5));
for (const w of sample(special, PER_BEHAVIOUR)) cases.push({ behaviour: "Russian keyboard (kk, ky)", q: [...w].map((c) => RUSSIAN_KEYBOARD[c] ?? c).join(""), relevant: containing.get(w)! });
// 7. Known item: the two rarest words of a title (each in at most three records) find it.
for (const r of sample(records, PER_BEHAVIOUR)) {
  const words = [...new Set(tokenize(r.title).map((t) => t.word))].filter((w) => content(w) && rare(w, 3)).sort((a, b) => (containing.get(a)?.size ?? 0) - (containing.get(b)?.size ?? 0)).slice(0, 2);
  if (words.length) cases.push({ behaviour: "known item (2 title words)", q: words.join(" "), relevant: new Set([r.source_id]) });
}

const dir = await makeTestDir("eval-search");
const server = await startEmbeddedPostgres({ dataDir: dir, port: await freePort() });
process.env.DATABASE_URL = server.url;
try {
  await applyMigrations(server.url);
  const db = createDb(server.url);
  await seedReferenceData(db);
  const { importRecords } = await import("@/lib/server/catalogue/import-records");
  for (const file of FILES) {
    const lines = (await readFile(path.join(CORPUS, file), "utf8")).split("\n");
    await importRecords({ db, lines: (async function* () { yield* lines; })(), library: "UZ", publish: true });
  }
  await db.$executeRaw`UPDATE "Resource" SET status = 'PUBLISHED', "publishedAt" = now() WHERE status <> 'PUBLISHED'`; // non-CC licences came in as drafts
  const { syncSearchIndex } = await import("@/lib/server/search/sync-search-index");
  await syncSearchIndex(db);
  const idToSource = new Map((await db.resource.findMany({ select: { id: true, sourceId: true } })).map((r) => [r.id, r.sourceId!]));
  const { searchResources } = await import("@/lib/server/search/search-resources");
  const { ZSearchParams } = await import("@/lib/schemas/search");
  const results = new Map<string, number[]>();
  for (const c of cases) {
    const result = await searchResources({ viewer: null, params: ZSearchParams.parse({ q: c.q, page_size: 10, ...c.filter }), preferredLanguages: [] });
    const top = new Set(result.items.map((i) => idToSource.get(i.id)));
    const hits = [...c.relevant].filter((s) => top.has(s)).length;
    (results.get(c.behaviour) ?? results.set(c.behaviour, []).get(c.behaviour)!).push(hits / Math.min(10, c.relevant.size));
    if (process.argv.includes("--misses") && hits === 0) log(`miss: ${c.behaviour}: "${c.q}" (${result.total} found, did you mean ${result.did_you_mean}) wanted ${[...c.relevant].slice(0, 2).map((s) => records.find((r) => r.source_id === s)?.title.slice(0, 50)).join(" | ")}`);
  }
  log(`${records.length} records, ${cases.length} queries; recall@10 = |relevant ∩ top 10| / min(10, |relevant|), averaged`);
  for (const [behaviour, scores] of results) log(`${behaviour.padEnd(34)} ${String(scores.length).padStart(4)} queries  recall@10 ${(scores.reduce((a, b) => a + b, 0) / scores.length).toFixed(3)}`);
  await db.$disconnect();
  const { getDb } = await import("@/lib/server/database/get-db");
  await getDb().$disconnect();
} finally {
  await server.stop();
  await (await import("node:fs/promises")).rm(dir, { recursive: true, force: true });
}
