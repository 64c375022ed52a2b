import { execFileSync } from "node:child_process";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { HttpSession } from "../support/http-session";
import { openBrowser } from "../support/open-browser";
import { tusUpload } from "../support/tus-upload";

const baseUrl = inject("baseUrl");
const send = (body: unknown) => ({ method: "POST", headers: { origin: baseUrl, "content-type": "application/json" }, body: JSON.stringify(body) });
const CAPTIONS = "WEBVTT\n\n00:00.000 --> 00:01.000\nДобро пожаловать на лекцию.\n";
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser?.close());

// One second of black VP9 in WebM: a real video the browser's player accepts, under 1 KB.
function tinyVideo(): Buffer {
  return execFileSync(process.env.FFMPEG_PATH ?? "ffmpeg", ["-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", "color=c=black:s=64x48:d=1", "-c:v", "libvpx-vp9", "-f", "webm", "pipe:1"]);
}

type TFile = { id: string; name: string; mediaType: string };

// WCAG 1.2: a lecture video comes with its captions (WebVTT, as the player's tracks) and its
// transcript (linked beside the player), for those who cannot hear it.
describe("captions and transcripts of a video", () => {
  it("attaches a .vtt file as a caption track in its language and links the transcript", async () => {
    const librarian = new HttpSession(baseUrl);
    await librarian.signIn("librarian-uz@kitab.example", "kitab-demo-password");
    const created = await librarian.request(
      "/api/v1/resources",
      send({ library: "UZ", title: { en: "A captioned lecture" }, description: { en: "One second of a lecture." }, authors: [{ name: "Demo Author" }], subjects: ["0533"], languages: ["en"], level: "bachelor", type: "video_lecture", license: "CC BY 4.0", year: 2025 }),
    );
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const upload = (data: Buffer, filename: string) => tusUpload(data, { endpoint: `${baseUrl}/api/uploads`, cookie: librarian.cookie(), metadata: { resourceId: id, filename } }).then((r) => r.fileId!);
    const video = await upload(tinyVideo(), "lecture.webm");
    const captions = await upload(Buffer.from(CAPTIONS), "lecture.ru.vtt");
    const transcript = await upload(Buffer.from("Добро пожаловать на лекцию.\n"), "lecture-transcript.txt");
    expect((await librarian.request(`/api/v1/resources/${id}/submit`, send({}))).status).toBe(200);
    expect((await librarian.request(`/api/v1/resources/${id}/publish`, send({}))).status).toBe(200);

    // Recognised from its header and name, and kept under its own name.
    const { files } = (await (await librarian.request(`/api/v1/resources/${id}`)).json()) as { files: TFile[] };
    expect(files.find((f) => f.id === captions)).toMatchObject({ name: "lecture.ru.vtt", mediaType: "text/vtt" });
    expect(files.find((f) => f.id === video)).toMatchObject({ mediaType: "video/webm" });

    const page = await (await browser.newContext()).newPage();
    expect((await page.goto(`${baseUrl}/resources/${id}`))?.status()).toBe(200);
    const track = page.locator('video track[kind="captions"][srclang="ru"]');
    expect(await track.count()).toBe(1);
    await expect(track.getAttribute("label")).resolves.toBe("Russian");
    const src = (await track.getAttribute("src"))!;
    expect(src).toBe(`/api/v1/resources/${id}/files/${captions}/download?inline=1`);
    const fetched = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
    }, src);
    expect(fetched).toEqual({ status: 200, type: "text/vtt", text: CAPTIONS });

    // The player itself reads the cues once the viewer turns the captions on.
    const cue = await page.evaluate(async () => {
      const element = document.querySelector<HTMLTrackElement>('video track[kind="captions"]')!;
      element.track.mode = "showing";
      for (let i = 0; i < 100 && element.readyState < HTMLTrackElement.LOADED; i++) await new Promise((r) => setTimeout(r, 100));
      return { readyState: element.readyState, text: (element.track.cues?.[0] as VTTCue | undefined)?.text ?? null };
    });
    expect(cue).toEqual({ readyState: 2, text: "Добро пожаловать на лекцию." });

    // The list says what the companion files are; the transcript is linked beside the player.
    await expect(page.locator(`li[data-file-id="${captions}"] > small`).first().innerText()).resolves.toContain("Captions (Russian)");
    await expect(page.locator(`li[data-file-id="${transcript}"] > small`).first().innerText()).resolves.toContain("Transcript");
    const link = page.locator(`li[data-file-id="${video}"] .transcripts a`);
    await expect(link.innerText()).resolves.toBe("Read the transcript (lecture-transcript.txt)");
    await expect(link.getAttribute("href")).resolves.toBe(`/api/v1/resources/${id}/files/${transcript}/download?inline=1`);
  });
});
