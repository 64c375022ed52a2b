import { randomUUID } from "node:crypto";
import type pg from "pg";
import { BENCH_LANGUAGES, seededRandom, words, zipfIndex, type TPools } from "./search-bench-data";

// N published resources with random multilingual text from the corpus word pools, spread over
// the libraries, institutions, subjects and vocabularies (bench:search, bench:oai); with `files`,
// one file row each (no object behind it).
export async function generateBenchResources(client: pg.Client | pg.PoolClient, records: number, pools: TPools, log: (message: string) => void, options: { files?: boolean } = {}) {
  const random = seededRandom(42);
  const libraries = (await client.query(`SELECT l.id, l."countryCode", array_agg(i.id) AS institutions FROM "Library" l JOIN "Institution" i ON i."countryCode" = l."countryCode" GROUP BY l.id`)).rows as { id: string; countryCode: string; institutions: string[] }[];
  const subjects = (await client.query(`SELECT code FROM "Subject" WHERE length(code) = 4`)).rows.map((r) => r.code as string);
  const types = ["TEXTBOOK", "LECTURE_NOTES", "SLIDES", "VIDEO_LECTURE", "EXERCISE_SET", "ASSESSMENT", "COURSE", "LAB_GUIDE", "DATASET", "OTHER"];
  const levels = ["BACHELOR", "MASTER", "DOCTORAL", "VOCATIONAL", "OTHER"];
  const licenses = ["by", "by-sa", "by-nc", "by-nc-sa", "by-nd", "by-nc-nd"].map((l) => `https://creativecommons.org/licenses/${l}/4.0/`);
  const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const started = performance.now();
  const BATCH = 5000;
  for (let done = 0; done < records; done += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, records - done) }, () => {
      const lang = BENCH_LANGUAGES[zipfIndex(random, BENCH_LANGUAGES.length, 0.6)]!;
      const library = pick(libraries);
      return {
        id: randomUUID(), library: library.id, institution: pick(library.institutions), lang,
        title: JSON.stringify({ [lang]: words(random, pools[lang], 5, 12) }),
        description: JSON.stringify({ [lang]: words(random, pools[lang], 40, 120) }),
        keywords: `{${Array.from({ length: 1 + Math.floor(random() * 4) }, () => JSON.stringify(pools[lang][zipfIndex(random, pools[lang].length)])).join(",")}}`,
        type: pick(types), level: pick(levels), license: pick(licenses), year: 1995 + Math.floor(random() * 31),
        visibility: random() < 0.9 ? "PUBLIC" : "NETWORK",
        subjects: [pick(subjects), ...(random() < 0.4 ? [pick(subjects)] : [])],
        published: new Date(Date.UTC(2020, 0, 1) + random() * 6 * 365 * 86_400_000),
      };
    });
    const col = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((r) => r[key]);
    await client.query(
      `INSERT INTO "Resource" (id, "libraryId", "institutionId", status, visibility, title, description, keywords, languages, "learningResourceType", "educationalLevel", license, year, "publishedAt", "submittedAt", "updatedAt")
       SELECT id, lib, inst, 'PUBLISHED', vis::"Visibility", title::jsonb, descr::jsonb, kw::text[], ARRAY[lang], type::"LearningResourceType", level::"EducationalLevel", license, year, published, published, published
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::int[], $13::timestamp[])
         AS t(id, lib, inst, vis, title, descr, kw, lang, type, level, license, year, published)`,
      [col("id"), col("library"), col("institution"), col("visibility"), col("title"), col("description"), col("keywords"), col("lang"), col("type"), col("level"), col("license"), col("year"), col("published")],
    );
    const links = rows.flatMap((r) => [...new Set(r.subjects)].map((s) => [r.id, s] as const));
    await client.query(`INSERT INTO "_ResourceToSubject" ("A", "B") SELECT * FROM unnest($1::uuid[], $2::text[])`, [links.map((l) => l[0]), links.map((l) => l[1])]);
    if (options.files) {
      await client.query(
        `INSERT INTO "ResourceFile" (id, "resourceId", "objectKey", "originalName", size, "mediaType", sha256, "processingStatus")
         SELECT gen_random_uuid(), r, 'bench-' || r, 'book.pdf', 1048576, 'application/pdf', md5(r::text) || md5(r::text), 'DONE' FROM unnest($1::uuid[]) AS t(r)`,
        [col("id")],
      );
    }
    if ((done / BATCH) % 20 === 0) log(`generated ${(done + rows.length).toLocaleString("en")} resources`);
  }
  log(`generated ${records.toLocaleString("en")} resources in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
