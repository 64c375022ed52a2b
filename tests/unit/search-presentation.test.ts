import { describe, expect, it } from "vitest";
import { acceptedLanguages } from "@/lib/http/accepted-languages";
import { buildQuery } from "@/lib/search/build-query";
import { highlight } from "@/lib/search/highlight";
import { searchHref } from "@/lib/search/search-href";

const marked = (h: { text: string; highlights: [number, number][] }) => h.highlights.map(([s, e]) => h.text.slice(s, e));

describe("highlight", () => {
  it("marks inflected and other-script forms of the query's words", () => {
    const words = buildQuery("o'qituvchi kitob").words;
    expect(marked(highlight("Ўқитувчилар учун китоблар рўйхати", "uz-Cyrl", words))).toEqual(["Ўқитувчилар", "китоблар"]);
  });

  it("cuts a long text to a window around the first match, keeping the marks on their words", () => {
    const text = `${"Вводная часть без нужного слова. ".repeat(30)}Здесь говорится об интегралах и рядах. ${"Хвост текста. ".repeat(30)}`;
    const result = highlight(text, "ru", buildQuery("интеграл").words, 200);
    expect(result.text.length).toBeLessThanOrEqual(210);
    expect(result.text.startsWith("… ")).toBe(true);
    expect(marked(result)).toEqual(["интегралах"]);
  });

  it("marks nothing when nothing matches", () => {
    expect(highlight("Physics", "en", buildQuery("химия").words).highlights).toEqual([]);
  });
});

describe("acceptedLanguages", () => {
  it("orders by weight and drops junk", () => {
    expect(acceptedLanguages("en;q=0.5, kk-KZ, ru;q=0.8, *;q=0.1, <script>")).toEqual(["kk-KZ", "ru", "en"]);
    expect(acceptedLanguages(undefined)).toEqual([]);
  });
});

describe("searchHref", () => {
  it("changes one parameter, drops empty ones and starts again at page 1", () => {
    expect(searchHref({ q: "физика", library: "KZ", page: "3", language: "" }, { type: "textbook" })).toBe("/search?q=%D1%84%D0%B8%D0%B7%D0%B8%D0%BA%D0%B0&library=KZ&type=textbook");
    expect(searchHref({ q: "x", library: "KZ" }, { library: null })).toBe("/search?q=x");
    expect(searchHref({}, {})).toBe("/search");
  });
});
