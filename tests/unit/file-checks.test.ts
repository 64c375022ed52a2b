import { describe, expect, it } from "vitest";
import { checkMediaType, parseAllowedTypes } from "@/lib/files/allowed-media-types";
import { detectMediaType } from "@/lib/files/detect-media-type";
import { sanitizeFileName } from "@/lib/files/sanitize-file-name";
import { contentDisposition } from "@/lib/http/content-disposition";
import { parseRange } from "@/lib/http/parse-range";

const bytes = (text: string) => new Uint8Array(Buffer.from(text));

describe("detectMediaType", () => {
  it("reads the type from the bytes, not the name", async () => {
    expect(await detectMediaType(bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "notes.docx")).toBe("application/pdf");
    const elf = new Uint8Array(64);
    elf.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]);
    expect(await detectMediaType(elf, "lecture.pdf")).toBe("application/x-elf");
    expect(await detectMediaType(bytes("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"), "slides.pptx")).not.toBe("application/vnd.openxmlformats-officedocument.presentationml.presentation");
  });

  it("tells plain text, scripts and active documents apart", async () => {
    expect(await detectMediaType(bytes("Ўқитувчи учун қўлланма\nМатн"), "qollanma.txt")).toBe("text/plain");
    expect(await detectMediaType(bytes("a,b\n1,2\n"), "data.csv")).toBe("text/csv");
    expect(await detectMediaType(bytes("#!/bin/sh\nrm -rf /\n"), "readme.txt")).toBe("text/x-script");
    expect(await detectMediaType(bytes("  <!DOCTYPE html><html><script>alert(1)</script>"), "page.txt")).toBe("text/html");
    expect(await detectMediaType(bytes('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'), "logo.png")).toBe("image/svg+xml");
    expect(await detectMediaType(bytes("a\u0000b"), "x.txt")).toBe("application/octet-stream");
  });

  it("keeps a text sample cut in the middle of a Cyrillic letter", async () => {
    const cut = Buffer.from("Китоб").subarray(0, 9); // 4½ letters
    expect(await detectMediaType(new Uint8Array(cut), "kitob.txt")).toBe("text/plain");
  });
});

describe("checkMediaType", () => {
  it("accepts documents, media and text, and explains a refusal", () => {
    for (const type of ["application/pdf", "video/mp4", "audio/ogg", "application/epub+zip", "text/plain", "application/vnd.oasis.opendocument.text"]) {
      expect(checkMediaType(type)).toEqual({ ok: true });
    }
    expect(checkMediaType("application/x-elf")).toMatchObject({ ok: false, message: expect.stringContaining("is a program") });
    expect(checkMediaType("text/html")).toMatchObject({ ok: false, message: expect.stringContaining("not accepted") });
  });

  it("follows a configured list, but never lets active types through", () => {
    const list = parseAllowedTypes("application/pdf, image/*");
    expect(checkMediaType("image/png", list).ok).toBe(true);
    expect(checkMediaType("video/mp4", list).ok).toBe(false);
    expect(checkMediaType("image/svg+xml", parseAllowedTypes("image/*")).ok).toBe(false);
  });
});

describe("sanitizeFileName", () => {
  it.each([
    ["Лекция №1 — введение.PDF", "application/pdf", "Лекция №1 — введение.pdf"],
    ["../../etc/passwd", "text/plain", "etc_passwd.txt"],
    ["bad-really-a-pdf.docx", "application/pdf", "bad-really-a-pdf.pdf"],
    ["report\u202Efdp.exe", "application/pdf", "reportfdp.pdf"],
    ["  ...  ", "application/pdf", "file.pdf"],
    ["photo.jpeg", "image/jpeg", "photo.jpeg"],
    ["notes v2.final draft", "text/plain", "notes v2.final draft.txt"],
    ["a\r\nSet-Cookie: x=1.pdf", "application/pdf", "a_Set-Cookie_ x=1.pdf"],
  ])("%j → %j", (name, type, expected) => {
    expect(sanitizeFileName(name, type)).toBe(expected);
  });

  it("keeps names within 200 characters", () => {
    expect([...sanitizeFileName(`${"ж".repeat(500)}.pdf`, "application/pdf")].length).toBeLessThanOrEqual(200);
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the UTF-8 name", () => {
    expect(contentDisposition("Oʻzbek tili (1).pdf")).toBe(`attachment; filename="O_zbek tili (1).pdf"; filename*=UTF-8''O%CA%BBzbek%20tili%20%281%29.pdf`);
    expect(contentDisposition('x"y\\z.txt')).toContain('filename="x_y_z.txt"');
  });
});

describe("parseRange", () => {
  it.each([
    ["bytes=0-99", 1000, { start: 0, end: 99 }],
    ["bytes=900-", 1000, { start: 900, end: 999 }],
    ["bytes=-100", 1000, { start: 900, end: 999 }],
    ["bytes=990-2000", 1000, { start: 990, end: 999 }],
    ["bytes=1000-", 1000, "unsatisfiable"],
    ["bytes=5-1", 1000, "unsatisfiable"],
    ["bytes=0-1,5-9", 1000, null],
    ["items=0-1", 1000, null],
    [null, 1000, null],
  ] as const)("%s of %d bytes", (header, size, expected) => {
    expect(parseRange(header, size)).toEqual(expected);
  });
});
