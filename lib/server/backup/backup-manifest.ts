import { z } from "zod";

// What `npm run backup` writes next to the dump and the objects (manifest.json). Restore and
// verify trust nothing in the directory that this does not name with its SHA-256.
const ZSha256 = z.string().regex(/^[0-9a-f]{64}$/, "expected a SHA-256 in hex");

export const ZBackupManifest = z.object({
  format: z.literal("kitab-backup-1"),
  createdAt: z.string(),
  kitabVersion: z.string(),
  // Prisma migrations applied to the backed-up database, in order: a restore needs the same.
  migrations: z.array(z.string()),
  database: z.object({
    // Every table's rows as row_to_json lines, gzip-compressed (see dump-database.ts).
    file: z.literal("database.jsonl.gz"),
    size: z.number().int().nonnegative(),
    sha256: ZSha256,
    tables: z.array(z.object({ name: z.string(), rows: z.number().int().nonnegative() })),
  }),
  // Stored under objects/<key> in the backup directory.
  objects: z.array(z.object({ key: z.string(), size: z.number().int().nonnegative(), sha256: ZSha256 })),
  // What could not be copied as the database records it (missing or damaged objects).
  problems: z.array(z.string()),
});

export type TBackupManifest = z.infer<typeof ZBackupManifest>;
