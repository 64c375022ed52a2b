import "server-only";
import type { Prisma } from "@prisma/client";
import { manageableUserWhere } from "@/lib/authz/user-where";
import type { TViewer } from "@/lib/authz/types";
import { getDb } from "@/lib/server/database/get-db";

export const USERS_PAGE_SIZE = 50;

// The accounts a librarian (their country) or admin (all, or one country) manages.
export async function listUsers(options: { viewer: TViewer; q?: string; country?: string; page?: number }) {
  const page = options.page ?? 1;
  const filters: Prisma.UserWhereInput[] = [manageableUserWhere(options.viewer)];
  if (options.country) filters.push({ institution: { countryCode: options.country } });
  if (options.q) {
    filters.push({ OR: [{ email: { contains: options.q, mode: "insensitive" } }, { name: { contains: options.q, mode: "insensitive" } }] });
  }
  const where = { AND: filters };
  const db = getDb();
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        active: true,
        emailVerifiedAt: true,
        isDemo: true,
        institution: { select: { slug: true, names: true, countryCode: true } },
      },
    }),
  ]);
  return { total, page, pageSize: USERS_PAGE_SIZE, users };
}
