import { describe, expect, it } from "vitest";
import { formatCitation } from "@/lib/catalogue/format-citation";

describe("formatCitation", () => {
  it("gives authors, year, title, institution, licence and address", () => {
    expect(
      formatCitation({
        authors: [{ name: "Seitova, A." }, { name: "Bekov, N." }],
        year: 2025,
        title: "Жоғары математика.",
        institution: "L.N. Gumilyov Eurasian National University",
        license: "https://creativecommons.org/licenses/by/4.0/",
        url: "https://kitab.example/resources/1",
      }),
    ).toBe("Seitova, A.; Bekov, N. (2025). Жоғары математика. L.N. Gumilyov Eurasian National University. CC BY 4.0. https://kitab.example/resources/1");
  });

  it("shortens long author lists and marks a missing year", () => {
    const citation = formatCitation({ authors: ["A", "B", "C", "D"].map((name) => ({ name })), year: null, title: "T", institution: "I", license: null, url: "u" });
    expect(citation).toBe("A; B; C et al. (n.d.). T. I. u");
  });
});
