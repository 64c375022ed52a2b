import { getTranslations } from "next-intl/server";
import { previewKind } from "@/lib/files/preview-kind";
import { PdfPreview } from "./pdf-preview";
import { fileDownloadPath } from "@/lib/files/file-download-path";

type TThumbnail = { url: string; width: number; height: number } | null;
type TFile = { id: string; originalName: string; mediaType: string; thumbnail?: TThumbnail };
export type TCaptionTrack = { id: string; src: string; srcLang: string | undefined; label: string };

// A look inside a file without downloading it all: images as their small thumbnail (the full
// picture one click away), video and audio through the browser's players (range requests:
// playback starts before the file has arrived), PDFs page by page in pdf.js, text in a
// sandboxed frame only when asked for. Nothing large is fetched until it is needed. A video
// carries the resource's WebVTT files as caption tracks; the browser fetches one only when
// the viewer turns it on.
export async function FilePreview({ resourceId, file, tracks = [] }: { resourceId: string; file: TFile; tracks?: TCaptionTrack[] }) {
  const kind = previewKind(file.mediaType);
  const thumbnail = file.thumbnail ?? null;
  if (!kind || kind === "captions") return null;
  const t = await getTranslations("FilePreview");
  const name = file.originalName;
  const src = `${fileDownloadPath(resourceId, file.id)}?inline=1`;
  switch (kind) {
    case "image":
      return thumbnail ? (
        <a href={src} className="file-preview">
          {/* eslint-disable-next-line @next/next/no-img-element -- a small stored WebP, sized */}
          <img src={thumbnail.url} width={thumbnail.width} height={thumbnail.height} alt={t("thumbnailAlt", { name })} loading="lazy" decoding="async" />
        </a>
      ) : (
        // eslint-disable-next-line @next/next/no-img-element -- a user's file, served as is
        <img className="file-preview" src={src} alt={t("imageAlt", { name })} loading="lazy" decoding="async" />
      );
    case "video":
      return (
        <video className="file-preview" src={src} poster={thumbnail?.url} controls preload="none" aria-label={t("play", { name })}>
          {tracks.map((track) => (
            <track key={track.id} kind="captions" src={track.src} srcLang={track.srcLang} label={track.label} />
          ))}
        </video>
      );
    case "audio":
      return <audio className="file-preview" src={src} controls preload="none" aria-label={t("play", { name })} />;
    case "pdf":
      return <PdfPreview src={src} name={name} thumbnail={thumbnail} />;
    case "text":
      return (
        <details className="file-preview">
          <summary>{t("showText", { name })}</summary>
          <iframe src={src} title={t("textFrame", { name })} sandbox="" loading="lazy" />
        </details>
      );
  }
}
