import { describe, expect, it } from "vitest";
import { uploadNameProblem } from "@/lib/files/upload-name-problem";

const meta = (name: string | Buffer) => `resourceId ${Buffer.from("x").toString("base64")},filename ${Buffer.from(name).toString("base64")}`;

describe("uploadNameProblem", () => {
  it.each(["Лекция №1 — введение.pdf", "report \"final\".txt", "Oʻzbek 👩‍🔬.txt", "Chapter: 1.txt", "..notes.txt"])("accepts %j", (name) => {
    expect(uploadNameProblem(meta(name))).toBeNull();
  });
  it.each(["../../etc/passwd", "..\\win.ini", "/etc/passwd", "C:\\boot.ini", "c:boot.ini", "..", ".", "a\u0000b.txt", "a\r\nb.txt", "a\u202Eb.txt"])("refuses %j", (name) => {
    expect(uploadNameProblem(meta(name))).toMatch(/file name/);
  });
  it("refuses bytes that are not UTF-8, and ignores headers without a name", () => {
    expect(uploadNameProblem(meta(Buffer.from([0xff, 0xfe])))).toMatch(/UTF-8/);
    expect(uploadNameProblem(null)).toBeNull();
    expect(uploadNameProblem("resourceId eA==")).toBeNull();
  });
});
