import "server-only";
import type { Prisma } from "@prisma/client";
import { resourceWhere } from "@/lib/authz/resource-where";
import type { TFeedResource } from "@/lib/feeds/atom-types";
import type { TTranslations } from "@/lib/schemas/translations";
import { getDb } from "@/lib/server/database/get-db";

const FEED_ENTRIES = 50;

// The latest published resources anyone may read (public, not withdrawn) within `scope`,
// newest publication first, with their current files and subjects.
export async function listFeedResources(scope: Prisma.ResourceWhereInput): Promise<TFeedResource[]> {
  const rows = await getDb().resource.findMany({
    // Non-null dates and a plain descending order: PostgreSQL then walks the (status,
    // publishedAt) index backwards and stops after 50, instead of sorting every published row.
    where: { AND: [resourceWhere(null, "download"), { publishedAt: { not: null } }, scope] },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: FEED_ENTRIES,
    select: {
      id: true,
      title: true,
      description: true,
      authors: true,
      languages: true,
      license: true,
      publishedAt: true,
      updatedAt: true,
      subjects: { select: { code: true, names: true }, orderBy: { code: "asc" } },
      files: { where: { replacedById: null }, select: { id: true, originalName: true, mediaType: true, size: true }, orderBy: { createdAt: "asc" } },
    },
  });
  return rows.map((r) => ({
    ...r,
    title: r.title as TTranslations,
    description: r.description as TTranslations,
    authors: (r.authors as { name?: unknown; orcid?: unknown }[]).flatMap((a) =>
      typeof a?.name === "string" ? [{ name: a.name, ...(typeof a.orcid === "string" ? { orcid: a.orcid } : {}) }] : [],
    ),
    publishedAt: r.publishedAt ?? r.updatedAt,
    subjects: r.subjects.map((s) => ({ code: s.code, names: s.names as TTranslations })),
    files: r.files.map((f) => ({ ...f, size: Number(f.size) })),
  }));
}
