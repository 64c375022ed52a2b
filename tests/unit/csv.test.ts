import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/csv/parse-csv";
import { toCsv } from "@/lib/csv/to-csv";

describe("CSV export", () => {
  it("starts with a UTF-8 byte order mark and ends rows with CRLF", () => {
    const csv = toCsv(["Institution", "Downloads"], [["Toshkent axborot texnologiyalari universiteti", 12]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1)).toBe("Institution,Downloads\r\nToshkent axborot texnologiyalari universiteti,12\r\n");
  });

  it("quotes commas, quotes and line breaks as RFC 4180 says, and leaves the rest bare", () => {
    const rows = [['Say "hi", then go', "two\nlines", "Қазақ ұлттық университеті", null, 3.5]];
    const csv = toCsv(["a", "b", "c", "d", "e"], rows);
    expect(csv).toContain('"Say ""hi"", then go","two\nlines",Қазақ ұлттық университеті,,3.5\r\n');
    expect(parseCsv(csv)).toEqual([["a", "b", "c", "d", "e"], ['Say "hi", then go', "two\nlines", "Қазақ ұлттық университеті", "", "3.5"]]);
  });

  it("defuses cells a spreadsheet would run as formulas, but not numbers", () => {
    const csv = toCsv(["term"], [["=HYPERLINK(\"http://evil\")"], ["+1"], ["-2+3"], ["@SUM(A1)"], ["\tcmd"], ["plain = text"], [-4]]);
    expect(parseCsv(csv).slice(1).map((r) => r[0])).toEqual(["'=HYPERLINK(\"http://evil\")", "'+1", "'-2+3", "'@SUM(A1)", "'\tcmd", "plain = text", "-4"]);
  });
});
