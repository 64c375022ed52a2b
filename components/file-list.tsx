import { getFormatter, getTranslations } from "next-intl/server";
import { captionLanguage } from "@/lib/files/caption-language";
import { fileDownloadPath } from "@/lib/files/file-download-path";
import { fileThumbnail } from "@/lib/files/file-thumbnail";
import { formatFileSize } from "@/lib/files/format-file-size";
import { mediaCompanion } from "@/lib/files/media-companion";
import { previewKind } from "@/lib/files/preview-kind";
import { getVocabulary } from "@/lib/i18n/get-vocabulary";
import { FilePreview, type TCaptionTrack } from "./file-preview";

type TFile = {
  id: string; originalName: string; size: bigint | number; mediaType: string; processingStatus?: string; processingError?: string | null;
  thumbnailHash?: string | null;
  thumbnailWidth?: number | null;
  thumbnailHeight?: number | null;
};

const inline = (resourceId: string, fileId: string) => `${fileDownloadPath(resourceId, fileId)}?inline=1`;

// The files of a resource with plain download links (no JavaScript needed); for its staff,
// also how their processing went (text for search), with the reason when it did not. Beside a
// video or audio file: its WebVTT captions (as tracks of the player) and transcripts, for
// those who cannot hear it (WCAG 1.2).
export async function FileList({ resourceId, files, languages = [], showProcessing = false, showPreview = false }: { resourceId: string; files: TFile[]; languages?: readonly string[]; showProcessing?: boolean; showPreview?: boolean }) {
  const [t, format, vocabulary] = await Promise.all([getTranslations("FileList"), getFormatter(), getVocabulary()]);
  if (files.length === 0) return <p>{t("none")}</p>;
  const player = (file: TFile) => ["video", "audio"].includes(previewKind(file.mediaType) ?? "");
  const hasPlayer = files.some(player);
  const companion = (file: TFile) => (hasPlayer ? mediaCompanion(file) : null);
  const tracks: (TCaptionTrack & { language: string })[] = files.filter((f) => companion(f) === "captions").map((f) => {
    const lang = captionLanguage(f.originalName, languages);
    const language = lang ? vocabulary.language(lang) : f.originalName;
    return { id: f.id, src: inline(resourceId, f.id), srcLang: lang ?? undefined, label: language, language };
  });
  const transcripts = files.filter((f) => companion(f) === "transcript");
  const processing = (status: string) => (t.has(`processing.${status}`) ? t(`processing.${status}`) : status);
  return (
    <ul className="file-list">
      {files.map((file) => (
        <li key={file.id} data-file-id={file.id}>
          <a href={fileDownloadPath(resourceId, file.id)} download>
            {file.originalName}
          </a>{" "}
          <small>
            {formatFileSize(Number(file.size), format)} · {file.mediaType}
            {companion(file) === "captions" ? <> · {t("captions", { language: tracks.find((track) => track.id === file.id)!.language })}</> : null}
            {companion(file) === "transcript" ? <> · {t("transcript")}</> : null}
          </small>
          {showProcessing && file.processingStatus ? (
            <small className={`processing processing-${file.processingStatus.toLowerCase()}`} data-testid="processing-status">
              {" "}· {file.processingError ? t("processingError", { status: processing(file.processingStatus), error: file.processingError }) : processing(file.processingStatus)}
            </small>
          ) : null}
          {showPreview ? <FilePreview resourceId={resourceId} file={{ ...file, thumbnail: fileThumbnail(resourceId, { id: file.id, thumbnailHash: file.thumbnailHash ?? null, thumbnailWidth: file.thumbnailWidth ?? null, thumbnailHeight: file.thumbnailHeight ?? null }) }} tracks={tracks} /> : null}
          {player(file) && transcripts.length ? (
            <ul className="transcripts">
              {transcripts.map((f) => (
                <li key={f.id}>
                  <a href={f.mediaType === "text/plain" ? inline(resourceId, f.id) : fileDownloadPath(resourceId, f.id)}>{t("readTranscript", { name: f.originalName })}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

