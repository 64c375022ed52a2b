import { describe, expect, it } from "vitest";
import { iscedFieldUri } from "@/lib/catalogue/isced-field-uri";
import { openGraphLocale } from "@/lib/catalogue/open-graph-locale";
import { resourceJsonLd, type TJsonLdOptions } from "@/lib/catalogue/resource-json-ld";
import { resourceOpenGraph } from "@/lib/catalogue/resource-open-graph";
import { serializeJsonLd } from "@/lib/catalogue/serialize-json-ld";
import type { TPublicResource } from "@/lib/schemas/public-resource";

const BASE = "https://kitab.example";
const ID = "01970000-0000-7000-8000-000000000001";
const FILE = "01970000-0000-7000-8000-0000000000f1";
const SHA = "a".repeat(64);

const full: TPublicResource = {
  id: ID,
  status: "PUBLISHED",
  visibility: "PUBLIC",
  library: "UZ",
  institution: "tuit",
  title: { "uz-Latn": "Algoritmlar asoslari", ru: "Основы алгоритмов" },
  description: { "uz-Latn": "Algoritmlar bo'yicha darslik.", ru: "Учебник по алгоритмам." },
  authors: [{ name: "Karimov, A.", orcid: "0000-0002-1825-0097" }, { name: "Rahimova, D." }],
  subjects: ["0613", "0821", "9999"],
  keywords: ["algoritm", "saralash"],
  languages: ["uz-Latn", "ru"],
  level: "bachelor",
  type: "textbook",
  courseName: null,
  license: "https://creativecommons.org/licenses/by-sa/4.0/",
  year: 2023,
  sourceId: null,
  version: 3,
  publishedAt: "2025-03-04T05:06:07.000Z",
  updatedAt: "2025-03-05T08:09:10.000Z",
  files: [
    {
      id: FILE,
      name: "algoritmlar.pdf",
      size: 123456,
      mediaType: "application/pdf",
      sha256: SHA,
      thumbnail: { url: `/api/v1/resources/${ID}/files/${FILE}/thumbnail?v=0123456789abcdef`, width: 320, height: 452 },
      downloadUrl: `/api/v1/resources/${ID}/files/${FILE}/download`,
    },
  ],
};

const options: TJsonLdOptions = {
  baseUrl: BASE,
  repositoryName: "Kitab: open educational resources of Central Asia",
  institutionNames: { en: "Tashkent University of Information Technologies", "uz-Latn": "Toshkent axborot texnologiyalari universiteti" },
  subjectNames: { "0613": { en: "Software and applications development and analysis" }, "0821": { en: "Forestry" }, "9999": { en: "Field unknown" } },
};

const repository = { type: "Organization", id: `${BASE}/`, name: options.repositoryName, url: `${BASE}/` };
const url = `${BASE}/resources/${ID}`;

describe("resourceJsonLd", () => {
  it("describes a full published resource with every field OERSI reads", () => {
    expect(resourceJsonLd(full, options)).toEqual({
      "@context": ["https://schema.org/", { "@language": "uz-Latn" }],
      id: url,
      type: ["LearningResource", "Book"],
      name: "Algoritmlar asoslari",
      alternateName: [{ "@language": "ru", "@value": "Основы алгоритмов" }],
      description: "Algoritmlar bo'yicha darslik.",
      url,
      inLanguage: ["uz-Latn", "ru"],
      license: { id: "https://creativecommons.org/licenses/by-sa/4.0/" },
      creator: [
        { type: "Person", name: "Karimov, A.", id: "https://orcid.org/0000-0002-1825-0097" },
        { type: "Person", name: "Rahimova, D." },
      ],
      about: [
        { type: "DefinedTerm", id: "https://w3id.org/kim/isced-2013/n0613", termCode: "0613", name: "Software and applications development and analysis", inDefinedTermSet: "https://w3id.org/kim/isced-2013/scheme" },
        // KIM's ISCED-F keeps forestry's narrow and detailed field as one concept.
        { type: "DefinedTerm", id: "https://w3id.org/kim/isced-2013/n082", termCode: "0821", name: "Forestry", inDefinedTermSet: "https://w3id.org/kim/isced-2013/scheme" },
        // "Field unknown" is not in the vocabulary: the code without a URI.
        { type: "DefinedTerm", termCode: "9999", name: "Field unknown", inDefinedTermSet: "https://w3id.org/kim/isced-2013/scheme" },
      ],
      learningResourceType: [{ type: "DefinedTerm", id: "https://w3id.org/kim/hcrt/textbook", name: "Textbook", inDefinedTermSet: "https://w3id.org/kim/hcrt/scheme" }],
      educationalLevel: [
        { type: "DefinedTerm", id: "https://w3id.org/kim/educationalLevel/level_6", termCode: "6", name: "Bachelor or equivalent", inDefinedTermSet: "https://w3id.org/kim/educationalLevel/" },
      ],
      keywords: ["algoritm", "saralash"],
      publisher: [repository],
      sourceOrganization: [{ type: "Organization", name: "Toshkent axborot texnologiyalari universiteti" }],
      dateCreated: "2023",
      datePublished: "2025-03-04",
      isAccessibleForFree: true,
      encoding: [
        {
          type: "MediaObject",
          name: "algoritmlar.pdf",
          contentUrl: `${BASE}/api/v1/resources/${ID}/files/${FILE}/download`,
          encodingFormat: "application/pdf",
          contentSize: "123456",
          sha256: SHA,
        },
      ],
      image: `${BASE}/api/v1/resources/${ID}/files/${FILE}/thumbnail?v=0123456789abcdef`,
      mainEntityOfPage: [{ id: url, type: "WebContent", provider: repository, dateModified: "2025-03-05T08:09:10.000Z" }],
    });
  });

  it("leaves out what a minimal resource lacks instead of emitting null or empty lists", () => {
    const minimal: TPublicResource = { ...full, title: { ru: "Только название" }, description: {}, authors: [], subjects: [], keywords: [], languages: [], level: null, type: null, license: null, year: null, files: [] };
    const ld = resourceJsonLd(minimal, { ...options, institutionNames: {} })!;
    expect(Object.keys(ld).sort()).toEqual(["@context", "datePublished", "id", "isAccessibleForFree", "mainEntityOfPage", "name", "publisher", "type", "url"]);
    expect(ld["@context"]).toEqual(["https://schema.org/", { "@language": "ru" }]);
    expect(ld.type).toEqual(["LearningResource"]);
    expect(JSON.stringify(ld)).not.toMatch(/null|\[\]|undefined/);
  });

  it("tags a description in another language than the title, and maps types without a schema.org class to LearningResource alone", () => {
    const ld = resourceJsonLd({ ...full, title: { kk: "Зертханалық жұмыстар" }, languages: ["kk"], description: { ru: "Описание." }, type: "lab_guide", level: "vocational" }, options)!;
    expect(ld.description).toEqual({ "@language": "ru", "@value": "Описание." });
    expect(ld.alternateName).toBeUndefined();
    expect(ld.type).toEqual(["LearningResource"]);
    expect(ld.learningResourceType).toEqual([{ type: "DefinedTerm", id: "https://w3id.org/kim/hcrt/experiment", name: "Experiment", inDefinedTermSet: "https://w3id.org/kim/hcrt/scheme" }]);
    expect((ld.educationalLevel as { id: string }[])[0]!.id).toBe("https://w3id.org/kim/educationalLevel/level_4");
  });

  it("gives slides and video their schema.org classes and the first thumbnail present as image", () => {
    const noThumb = { ...full.files[0]!, id: "f0", thumbnail: null };
    expect(resourceJsonLd({ ...full, type: "slides" }, options)!.type).toEqual(["LearningResource", "PresentationDigitalDocument"]);
    const video = resourceJsonLd({ ...full, type: "video_lecture", files: [noThumb, full.files[0]!] }, options)!;
    expect(video.type).toEqual(["LearningResource", "VideoObject"]);
    expect(video.image).toBe(`${BASE}${full.files[0]!.thumbnail!.url}`);
    expect((video.encoding as unknown[]).length).toBe(2);
  });

  it("describes only published resources", () => {
    for (const status of ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "REJECTED", "WITHDRAWN"] as const) {
      expect(resourceJsonLd({ ...full, status }, options)).toBeNull();
    }
  });
});

describe("serializeJsonLd", () => {
  it("keeps a title that closes the script inside the JSON", () => {
    const title = "</script><script>alert(1)</script> & <!-- \u2028";
    const text = serializeJsonLd(resourceJsonLd({ ...full, title: { "uz-Latn": title } }, options));
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(text).toContain("\\u003c/script\\u003e");
    expect((JSON.parse(text) as { name: string }).name).toBe(title);
  });
});

describe("iscedFieldUri", () => {
  it("names KIM's concepts, merged fields included", () => {
    expect(iscedFieldUri("06")).toBe("https://w3id.org/kim/isced-2013/n061");
    expect(iscedFieldUri("061")).toBe("https://w3id.org/kim/isced-2013/n061");
    expect(iscedFieldUri("0541")).toBe("https://w3id.org/kim/isced-2013/n0541");
    expect(iscedFieldUri("042")).toBe("https://w3id.org/kim/isced-2013/n0421");
    expect(iscedFieldUri("99")).toBeNull();
    expect(iscedFieldUri("06/../x")).toBeNull();
  });
});

describe("Open Graph", () => {
  it("writes locales as language_TERRITORY", () => {
    expect(openGraphLocale("uz-Latn")).toBe("uz_UZ");
    expect(openGraphLocale("en-GB")).toBe("en_GB");
    expect(openGraphLocale("kk")).toBe("kk_KZ");
    expect(openGraphLocale("de")).toBe("de");
  });

  it("gives a published resource a canonical address, a book card and its thumbnail", () => {
    expect(resourceOpenGraph(full, { baseUrl: BASE, repositoryName: "Kitab" })).toEqual({
      description: "Algoritmlar bo'yicha darslik.",
      alternates: { canonical: url },
      openGraph: {
        type: "book",
        title: "Algoritmlar asoslari",
        description: "Algoritmlar bo'yicha darslik.",
        url,
        siteName: "Kitab",
        locale: "uz_UZ",
        alternateLocale: ["ru_RU"],
        images: [{ url: `${BASE}${full.files[0]!.thumbnail!.url}`, width: 320, height: 452, alt: "Algoritmlar asoslari" }],
        tags: ["algoritm", "saralash"],
        releaseDate: "2025-03-04T05:06:07.000Z",
      },
      twitter: { card: "summary", title: "Algoritmlar asoslari", description: "Algoritmlar bo'yicha darslik.", images: [{ url: `${BASE}${full.files[0]!.thumbnail!.url}`, width: 320, height: 452, alt: "Algoritmlar asoslari" }] },
    });
  });

  it("shortens long descriptions at a word, uses article for other types, and says nothing of drafts", () => {
    const long = Array.from({ length: 100 }, (_, i) => `word${i}`).join(" ");
    const meta = resourceOpenGraph({ ...full, type: "slides", description: { "uz-Latn": long } }, { baseUrl: BASE, repositoryName: "Kitab" });
    expect(meta.openGraph).toMatchObject({ type: "article", publishedTime: "2025-03-04T05:06:07.000Z" });
    expect(meta.description!.length).toBeLessThanOrEqual(300);
    expect(meta.description).toMatch(/word\d+…$/);
    expect(resourceOpenGraph({ ...full, status: "DRAFT" }, { baseUrl: BASE, repositoryName: "Kitab" })).toEqual({});
  });
});
