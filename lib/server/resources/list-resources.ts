import "server-only";
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { resourceWhere } from "@/lib/authz/resource-where";
import type { TMaybeViewer } from "@/lib/authz/types";
import { decodeCursor, encodeCursor } from "@/lib/pagination/cursor";
import { toPage } from "@/lib/pagination/to-page";
import type { TResourceListQuery } from "@/lib/schemas/resource-list";
import { getDb } from "@/lib/server/database/get-db";
import { RESOURCE_INCLUDE } from "./resource-include";

const ZPublishedCursor = z.tuple([z.literal("published"), z.iso.datetime().nullable(), z.uuid()]);
const ZUpdatedCursor = z.tuple([z.literal("updated"), z.iso.datetime(), z.uuid()]);

// Keyset pagination: each page continues strictly after the last row shown, in an order
// that is total (the id breaks ties), so a walk never repeats or skips a row. PostgreSQL
// sorts NULLs first in descending order: resources never published come before the rest.
function afterPublished(cursor: string): Prisma.ResourceWhereInput {
  const [, at, id] = decodeCursor(cursor, ZPublishedCursor);
  if (at === null) return { OR: [{ publishedAt: null, id: { lt: id } }, { publishedAt: { not: null } }] };
  return { OR: [{ publishedAt: { lt: new Date(at) } }, { publishedAt: new Date(at), id: { lt: id } }] };
}

function afterUpdated(cursor: string): Prisma.ResourceWhereInput {
  const [, at, id] = decodeCursor(cursor, ZUpdatedCursor);
  return { OR: [{ updatedAt: { gt: new Date(at) } }, { updatedAt: new Date(at), id: { gt: id } }] };
}

// The resources the viewer may read, a page at a time: newest published first, or, with
// updated_since, oldest change first, so a copy kept in step resumes where it stopped.
export async function listResources(options: { viewer: TMaybeViewer; query: TResourceListQuery }) {
  const { viewer, query } = options;
  const sync = query.updated_since !== undefined;
  const filters: Prisma.ResourceWhereInput[] = [resourceWhere(viewer, "read"), { status: query.status }];
  if (query.library) filters.push({ library: { countryCode: query.library } });
  if (query.institution) filters.push({ institution: { slug: query.institution } });
  if (sync) filters.push({ updatedAt: { gte: new Date(query.updated_since!) } });
  if (query.cursor) filters.push(sync ? afterUpdated(query.cursor) : afterPublished(query.cursor));
  const rows = await getDb().resource.findMany({
    where: { AND: filters },
    orderBy: sync ? [{ updatedAt: "asc" }, { id: "asc" }] : [{ publishedAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    include: RESOURCE_INCLUDE,
  });
  return toPage(rows, query.limit, (last) =>
    encodeCursor(sync ? ["updated", last.updatedAt.toISOString(), last.id] : ["published", last.publishedAt?.toISOString() ?? null, last.id]),
  );
}
