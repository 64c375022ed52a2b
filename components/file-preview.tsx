import { previewKind } from "@/lib/files/preview-kind";

type TFile = { id: string; originalName: string; mediaType: string };

// A look inside a file without downloading it all: images lazily, video and audio through the
// browser's players (range requests: playback starts before the file has arrived), text in a
// sandboxed frame only when asked for. Nothing is fetched until it is needed.
export function FilePreview({ resourceId, file }: { resourceId: string; file: TFile }) {
  const kind = previewKind(file.mediaType);
  if (!kind) return null;
  const src = `/api/v1/resources/${resourceId}/files/${file.id}/download?inline=1`;
  switch (kind) {
    case "image":
      // eslint-disable-next-line @next/next/no-img-element -- a user's file, served as is
      return <img className="file-preview" src={src} alt={`Preview of ${file.originalName}`} loading="lazy" decoding="async" />;
    case "video":
      return <video className="file-preview" src={src} controls preload="none" aria-label={`Play ${file.originalName}`} />;
    case "audio":
      return <audio className="file-preview" src={src} controls preload="none" aria-label={`Play ${file.originalName}`} />;
    case "text":
      return (
        <details className="file-preview">
          <summary>{`Show the text of ${file.originalName}`}</summary>
          <iframe src={src} title={`Text of ${file.originalName}`} sandbox="" loading="lazy" />
        </details>
      );
  }
}
