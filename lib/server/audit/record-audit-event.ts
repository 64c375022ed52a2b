import "server-only";
import type { Prisma } from "@prisma/client";

// Written in the same transaction as the change it describes: both or neither.
export async function recordAuditEvent(
  tx: Prisma.TransactionClient,
  event: {
    actorId: string | null;
    action: string;
    entityType: string;
    entityId: string;
    countryCode: string | null;
    before?: Prisma.InputJsonValue;
    after?: Prisma.InputJsonValue;
  },
): Promise<void> {
  await tx.auditEvent.create({ data: event });
}
