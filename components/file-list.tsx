import { fileThumbnail } from "@/lib/files/file-thumbnail";
import { FilePreview } from "./file-preview";
import { fileDownloadPath } from "@/lib/files/file-download-path";

const sizeFormat = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });

export function formatBytes(bytes: number): string {
  const units = ["B", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${sizeFormat.format(value)} ${units[unit]}`;
}

type TFile = {
  id: string; originalName: string; size: bigint | number; mediaType: string; processingStatus?: string; processingError?: string | null;
  thumbnailHash?: string | null;
  thumbnailWidth?: number | null;
  thumbnailHeight?: number | null;
};

const STATUS: Record<string, string> = {
  PENDING: "waiting to be processed",
  PROCESSING: "being processed",
  DONE: "text indexed",
  NOT_EXTRACTABLE: "no text taken",
  FAILED: "processing failed",
};

// The files of a resource with plain download links (no JavaScript needed); for its staff,
// also how their processing went (text for search), with the reason when it did not.
export function FileList({ resourceId, files, showProcessing = false, showPreview = false }: { resourceId: string; files: TFile[]; showProcessing?: boolean; showPreview?: boolean }) {
  if (files.length === 0) return <p>No files yet.</p>;
  return (
    <ul className="file-list">
      {files.map((file) => (
        <li key={file.id} data-file-id={file.id}>
          <a href={fileDownloadPath(resourceId, file.id)} download>
            {file.originalName}
          </a>{" "}
          <small>
            {formatBytes(Number(file.size))} · {file.mediaType}
          </small>
          {showProcessing && file.processingStatus ? (
            <small className={`processing processing-${file.processingStatus.toLowerCase()}`} data-testid="processing-status">
              {" "}· {STATUS[file.processingStatus] ?? file.processingStatus}
              {file.processingError ? `: ${file.processingError}` : ""}
            </small>
          ) : null}
          {showPreview ? <FilePreview resourceId={resourceId} file={{ ...file, thumbnail: fileThumbnail(resourceId, { id: file.id, thumbnailHash: file.thumbnailHash ?? null, thumbnailWidth: file.thumbnailWidth ?? null, thumbnailHeight: file.thumbnailHeight ?? null }) }} /> : null}
        </li>
      ))}
    </ul>
  );
}
