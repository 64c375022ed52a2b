import { previewKind } from "@/lib/files/preview-kind";
import { PdfPreview } from "./pdf-preview";
import { fileDownloadPath } from "@/lib/files/file-download-path";

type TThumbnail = { url: string; width: number; height: number } | null;
type TFile = { id: string; originalName: string; mediaType: string; thumbnail?: TThumbnail };

// A look inside a file without downloading it all: images as their small thumbnail (the full
// picture one click away), video and audio through the browser's players (range requests:
// playback starts before the file has arrived), PDFs page by page in pdf.js, text in a
// sandboxed frame only when asked for. Nothing large is fetched until it is needed.
export function FilePreview({ resourceId, file }: { resourceId: string; file: TFile }) {
  const kind = previewKind(file.mediaType);
  const thumbnail = file.thumbnail ?? null;
  if (!kind) return null;
  const src = `${fileDownloadPath(resourceId, file.id)}?inline=1`;
  switch (kind) {
    case "image":
      return thumbnail ? (
        <a href={src} className="file-preview">
          {/* eslint-disable-next-line @next/next/no-img-element -- a small stored WebP, sized */}
          <img src={thumbnail.url} width={thumbnail.width} height={thumbnail.height} alt={`Preview of ${file.originalName} (opens the full picture)`} loading="lazy" decoding="async" />
        </a>
      ) : (
        // eslint-disable-next-line @next/next/no-img-element -- a user's file, served as is
        <img className="file-preview" src={src} alt={`Preview of ${file.originalName}`} loading="lazy" decoding="async" />
      );
    case "video":
      return <video className="file-preview" src={src} poster={thumbnail?.url} controls preload="none" aria-label={`Play ${file.originalName}`} />;
    case "audio":
      return <audio className="file-preview" src={src} controls preload="none" aria-label={`Play ${file.originalName}`} />;
    case "pdf":
      return <PdfPreview src={src} name={file.originalName} thumbnail={thumbnail} />;
    case "text":
      return (
        <details className="file-preview">
          <summary>{`Show the text of ${file.originalName}`}</summary>
          <iframe src={src} title={`Text of ${file.originalName}`} sandbox="" loading="lazy" />
        </details>
      );
  }
}
