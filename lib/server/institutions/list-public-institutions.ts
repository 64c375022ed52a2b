import "server-only";
import { z } from "zod";
import { decodeCursor, encodeCursor } from "@/lib/pagination/cursor";
import { toPage } from "@/lib/pagination/to-page";
import type { TInstitutionListQuery } from "@/lib/schemas/public-institution";
import { getDb } from "@/lib/server/database/get-db";

const ZSlugCursor = z.tuple([z.literal("slug"), z.string().min(1).max(64)]);

// The network's institutions for the public API, by short name, a page at a time. Slugs are
// unique and never change, so a walk neither repeats nor skips one while others are added.
export async function listPublicInstitutions(query: TInstitutionListQuery) {
  const after = query.cursor ? decodeCursor(query.cursor, ZSlugCursor)[1] : undefined;
  const rows = await getDb().institution.findMany({
    where: { ...(query.library ? { countryCode: query.library } : {}), ...(after ? { slug: { gt: after } } : {}) },
    orderBy: { slug: "asc" },
    take: query.limit + 1,
    include: { hostOf: { select: { countryCode: true } }, _count: { select: { resources: { where: { status: "PUBLISHED" } } } } },
  });
  return toPage(rows, query.limit, (last) => encodeCursor(["slug", last.slug]));
}
