import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/csv/parse-csv";

describe("parseCsv", () => {
  it("reads plain rows, CRLF and a BOM", () => {
    expect(parseCsv("\uFEFFemail,role\r\na@tuit.uz,STUDENT\r\n")).toEqual([["email", "role"], ["a@tuit.uz", "STUDENT"]]);
  });
  it("reads quoted fields with commas, quotes and newlines", () => {
    expect(parseCsv('name,note\n"Karimova, Aziza","said ""hi""\nthen left"\n')).toEqual([
      ["name", "note"],
      ["Karimova, Aziza", 'said "hi"\nthen left'],
    ]);
  });
  it("keeps Cyrillic and skips blank lines", () => {
    expect(parseCsv("name\n\nЎқитувчи Қодиров\n\n")).toEqual([["name"], ["Ўқитувчи Қодиров"]]);
  });
  it("reports a quote that is never closed", () => {
    expect(() => parseCsv('a,b\n"open,1\n2,3')).toThrow(/line 2 is never closed/);
  });
});
