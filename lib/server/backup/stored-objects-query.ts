// Every object the database refers to, with what it should be: a file's size and SHA-256, a
// thumbnail's hash prefix (thumbnails/<file id>.webp, rewritten when a file is processed again).
export const STORED_OBJECTS_QUERY = `
  SELECT "objectKey" AS key, size::text AS size, sha256, NULL AS "hashPrefix" FROM "ResourceFile"
  UNION ALL
  SELECT 'thumbnails/' || id || '.webp', NULL, NULL, "thumbnailHash" FROM "ResourceFile" WHERE "thumbnailHash" IS NOT NULL
  ORDER BY key`;

export type TStoredObjectRow = { key: string; size: string | null; sha256: string | null; hashPrefix: string | null };
