type TThumbnailColumns = { id: string; thumbnailHash: string | null; thumbnailWidth: number | null; thumbnailHeight: number | null };

// A file's thumbnail as pages and the API link to it (its hash in the address, so it can be
// cached for a year), or null when it has none.
export function fileThumbnail(resourceId: string, file: TThumbnailColumns): { url: string; width: number; height: number } | null {
  if (!file.thumbnailHash || !file.thumbnailWidth || !file.thumbnailHeight) return null;
  return { url: `/api/v1/resources/${resourceId}/files/${file.id}/thumbnail?v=${file.thumbnailHash}`, width: file.thumbnailWidth, height: file.thumbnailHeight };
}
