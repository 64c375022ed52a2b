import { describe, expect, it } from "vitest";
import isced from "@/prisma/seed/isced-f-2013.json";
import network from "@/prisma/seed/network.json";
import { ZNetwork, ZSubjectList } from "@/lib/schemas/network";

describe("network file", () => {
  const parsed = ZNetwork.parse(network);
  const byCode = new Map(parsed.countries.map((c) => [c.code, c]));

  it("lists the five countries", () => {
    expect([...byCode.keys()].sort()).toEqual(["KG", "KZ", "TJ", "TM", "UZ"]);
  });

  it("places each known partner institution in its country", () => {
    const slugsOf = (code: string) => byCode.get(code)!.institutions.map((i) => i.names.en);
    expect(slugsOf("KZ")).toEqual([
      "L.N. Gumilyov Eurasian National University",
      "Innovative University of Eurasia",
      "Almaty Technological University",
    ]);
    expect(slugsOf("KG")).toEqual(["Kyrgyz State Technical University named after I. Razzakov"]);
    expect(slugsOf("TJ")).toEqual(["Technological University of Tajikistan"]);
    expect(slugsOf("TM")).toEqual([]);
    expect(slugsOf("UZ")).toEqual([
      "Tashkent University of Information Technologies named after Muhammad al-Khwarizmi",
      "Tashkent State University of Economics",
      "Andijan Machine-Building Institute",
    ]);
  });

  it("names a host for every country with institutions, and none for the others", () => {
    for (const country of parsed.countries) {
      expect(country.host === null).toBe(country.institutions.length === 0);
    }
  });

  it("rejects a host from another country and duplicate slugs", () => {
    const kz = byCode.get("KZ")!;
    expect(ZNetwork.safeParse({ countries: [{ ...kz, host: "tuit" }] }).success).toBe(false);
    expect(ZNetwork.safeParse({ countries: [kz, { ...byCode.get("UZ")!, institutions: kz.institutions, host: null }] }).success).toBe(false);
  });
});

describe("ISCED-F 2013 subjects", () => {
  const { subjects } = ZSubjectList.parse(isced);
  const codes = new Set(subjects.map((s) => s.code));

  it("has the eleven broad fields and 'field unknown'", () => {
    expect(subjects.filter((s) => s.code.length === 2).map((s) => s.code)).toEqual([
      "00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "99",
    ]);
  });

  it("links every narrow and detailed field to its parent, listed before it", () => {
    const seen = new Set<string>();
    for (const s of subjects) {
      if (s.code.length > 2) {
        expect(s.parent).toBe(s.code.slice(0, -1));
        expect(seen.has(s.parent!)).toBe(true);
      }
      seen.add(s.code);
    }
    expect(codes.size).toBe(subjects.length);
  });

  it("includes fields the partner universities teach", () => {
    const name = (code: string) => subjects.find((s) => s.code === code)?.names.en;
    expect(name("0613")).toBe("Software and applications development and analysis");
    expect(name("0311")).toBe("Economics");
    expect(name("0715")).toBe("Mechanics and metal trades");
  });
});
