// Where a file's thumbnail is kept in the object store (beside the files, so every replica
// and the backups see it).
export const thumbnailKey = (fileId: string) => `thumbnails/${fileId}.webp`;
