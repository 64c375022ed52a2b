import { fileThumbnail } from "@/lib/files/file-thumbnail";
import type { z } from "zod";
import { ZPublicResourceFile } from "@/lib/schemas/public-resource";
import { fileDownloadPath } from "@/lib/files/file-download-path";

type TFileColumns = {
  id: string;
  originalName: string;
  size: bigint;
  mediaType: string;
  sha256: string;
  thumbnailHash: string | null;
  thumbnailWidth: number | null;
  thumbnailHeight: number | null;
};

// One current file of a resource as the API shows it, with the addresses to fetch it by.
export function toPublicResourceFile(resourceId: string, f: TFileColumns): z.output<typeof ZPublicResourceFile> {
  return ZPublicResourceFile.parse({
    id: f.id,
    name: f.originalName,
    size: Number(f.size),
    mediaType: f.mediaType,
    sha256: f.sha256,
    thumbnail: fileThumbnail(resourceId, f),
    downloadUrl: fileDownloadPath(resourceId, f.id),
  });
}
