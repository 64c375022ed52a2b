import "server-only";
import { manageableCountryWhere } from "@/lib/authz/user-where";
import type { TViewer } from "@/lib/authz/types";
import { getDb } from "@/lib/server/database/get-db";

export const AUDIT_PAGE_SIZE = 100;

// A librarian sees their country's log; an admin sees everything, network-wide events included.
export async function listAuditEvents(options: { viewer: TViewer; country?: string; page?: number }) {
  const page = options.page ?? 1;
  const scope = manageableCountryWhere(options.viewer);
  const where = { AND: [scope, options.country ? { countryCode: options.country } : {}] };
  const db = getDb();
  const [total, events] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { email: true, name: true } } },
    }),
  ]);
  return { total, page, pageSize: AUDIT_PAGE_SIZE, events };
}
