import { describe, expect, it } from "vitest";
import { captionLanguage } from "@/lib/files/caption-language";
import { checkMediaType } from "@/lib/files/allowed-media-types";
import { detectMediaType } from "@/lib/files/detect-media-type";
import { sanitizeFileName } from "@/lib/files/sanitize-file-name";
import { mediaCompanion } from "@/lib/files/media-companion";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("captions and transcripts", () => {
  it("recognises WebVTT by its header, whatever the name, and accepts it", async () => {
    expect(await detectMediaType(bytes("WEBVTT\n\n00:00.000 --> 00:01.000\nSalom.\n"), "lecture.uz-Latn.vtt")).toBe("text/vtt");
    expect(await detectMediaType(bytes("\uFEFFWEBVTT - lecture\n\n"), "lecture.vtt")).toBe("text/vtt");
    expect(await detectMediaType(bytes("00:00.000 --> 00:01.000\nSalom.\n"), "lecture.vtt")).toBe("text/plain");
    expect(await detectMediaType(bytes("WEBVTT\n\n"), "lecture.txt")).toBe("text/vtt");
    expect(checkMediaType("text/vtt")).toEqual({ ok: true });
    expect(sanitizeFileName("lecture.ru.vtt", "text/vtt")).toBe("lecture.ru.vtt");
  });

  it("takes the captions' language from the name, else the resource's", () => {
    expect(captionLanguage("lecture.ru.vtt", ["en"])).toBe("ru");
    expect(captionLanguage("lecture.uz-latn.vtt", ["en"])).toBe("uz-Latn");
    expect(captionLanguage("notes.old.vtt", ["kk"])).toBe("kk");
    expect(captionLanguage("lecture.vtt", [])).toBeNull();
  });

  it("tells captions and transcripts from other files", () => {
    expect(mediaCompanion({ originalName: "lecture.ru.vtt", mediaType: "text/vtt" })).toBe("captions");
    expect(mediaCompanion({ originalName: "Lecture Transcript.pdf", mediaType: "application/pdf" })).toBe("transcript");
    expect(mediaCompanion({ originalName: "lecture-transcript.docx", mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" })).toBeNull();
    expect(mediaCompanion({ originalName: "notes.txt", mediaType: "text/plain" })).toBeNull();
  });
});
