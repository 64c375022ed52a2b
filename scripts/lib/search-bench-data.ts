import { createReadStream, existsSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { tokenize } from "@/lib/search/tokenize";

// Word pools per language from the real corpus (../shared/corpus), most frequent first, and
// a Zipf sampler over them: generated resources read like the corpus, in its proportions.
export const BENCH_LANGUAGES = ["ru", "kk", "ky", "uz-Latn", "uz-Cyrl", "tg", "tk", "en"] as const;
export type TBenchLanguage = (typeof BENCH_LANGUAGES)[number];
export type TPools = Record<TBenchLanguage, string[]>;

const CORPUS = path.resolve("../shared/corpus");
const FILES = ["records-ntrex-core.jsonl", "records-udhr.jsonl", "records-kazqad.jsonl", "records-oer-textbooks.jsonl"];

const poolOf = (language: string): TBenchLanguage | null => {
  if (language === "tk-Latn" || language === "tk") return "tk";
  return (BENCH_LANGUAGES as readonly string[]).includes(language) ? (language as TBenchLanguage) : null;
};

export async function loadPools(): Promise<TPools> {
  if (!existsSync(CORPUS)) throw new Error(`The corpus is not at ${CORPUS}: the search benchmark draws its words from it.`);
  const counts = Object.fromEntries(BENCH_LANGUAGES.map((l) => [l, new Map<string, number>()])) as Record<TBenchLanguage, Map<string, number>>;
  for (const file of FILES) {
    const lines = createInterface({ input: createReadStream(path.join(CORPUS, file)) })[Symbol.asyncIterator]();
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const record = JSON.parse(next.value) as { title?: string; description?: string; language?: string };
      const pool = poolOf(record.language ?? "");
      if (!pool) continue;
      for (const { word } of tokenize(`${record.title ?? ""} ${record.description ?? ""}`)) {
        if (word.length < 2 || /^\d+$/.test(word)) continue;
        counts[pool].set(word, (counts[pool].get(word) ?? 0) + 1);
      }
    }
  }
  return Object.fromEntries(BENCH_LANGUAGES.map((l) => [l, [...counts[l].entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w)])) as TPools;
}

// A deterministic random source, so two runs generate the same library and queries.
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Rank r drawn with probability ∝ 1/(r+1)^s, by inverting the continuous approximation.
export function zipfIndex(random: () => number, size: number, s = 1.07): number {
  const u = random();
  const max = Math.pow(size + 1, 1 - s);
  return Math.min(size - 1, Math.max(0, Math.floor(Math.pow(1 + u * (max - 1), 1 / (1 - s)) - 1)));
}

export function words(random: () => number, pool: string[], min: number, max: number): string {
  const n = min + Math.floor(random() * (max - min + 1));
  return Array.from({ length: n }, () => pool[zipfIndex(random, pool.length)]).join(" ");
}
