import "server-only";
import type { Prisma } from "@prisma/client";
import { AppError } from "@/lib/errors";

export async function assertSubjectsExist(tx: Prisma.TransactionClient, codes: string[]): Promise<void> {
  const found = await tx.subject.findMany({ where: { code: { in: codes } }, select: { code: true } });
  const missing = codes.filter((c) => !found.some((f) => f.code === c));
  if (missing.length) {
    const message = `Unknown ISCED-F subject code${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}.`;
    throw new AppError("VALIDATION", message, { fieldErrors: { subjects: [message] } });
  }
}
