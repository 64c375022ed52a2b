import { describe, expect, it } from "vitest";
import { pickTranslation } from "@/lib/i18n/pick-translation";

describe("pickTranslation", () => {
  const title = { ru: "История Казахстана", kk: "Қазақстан тарихы", en: "History of Kazakhstan" };

  it("prefers the viewer's language", () => {
    expect(pickTranslation(title, ["kk"])).toEqual({ lang: "kk", text: "Қазақстан тарихы" });
  });

  it("falls back through the preferences, then English", () => {
    expect(pickTranslation(title, ["tg", "ru"])?.lang).toBe("ru");
    expect(pickTranslation(title, ["tk"])?.lang).toBe("en");
  });

  it("matches the same language in another script", () => {
    expect(pickTranslation({ "uz-Cyrl": "Иқтисодиёт" }, ["uz-Latn"])).toEqual({ lang: "uz-Cyrl", text: "Иқтисодиёт" });
    expect(pickTranslation({ "uz-Latn": "Iqtisodiyot", "uz-Cyrl": "Иқтисодиёт" }, ["uz-Cyrl"])?.lang).toBe("uz-Cyrl");
  });

  it("takes any text when nothing preferred exists, and skips blanks", () => {
    expect(pickTranslation({ tg: "Китоб", ky: " " }, ["ky"])).toEqual({ lang: "tg", text: "Китоб" });
  });

  it("answers null for no text", () => {
    expect(pickTranslation({}, ["en"])).toBeNull();
    expect(pickTranslation(null, ["en"])).toBeNull();
  });
});
