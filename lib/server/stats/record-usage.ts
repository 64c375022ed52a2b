import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import type { TMaybeViewer } from "@/lib/authz/types";
import { getEnv } from "@/lib/env";
import { isRobot } from "@/lib/stats/is-robot";
import { visitorKey } from "@/lib/stats/visitor-key";
import { getDb } from "@/lib/server/database/get-db";

type TDb = PrismaClient | Prisma.TransactionClient;

// One successful view of a resource's page or download of one of its files, as COUNTER
// counts use: robots are dropped here, double clicks and sessions are resolved when the day is
// rolled up. Kept about the person: their institution and country when signed in, and a key
// that changes every day. Returns whether the request was counted (false for robots).
// `at` backdates the event (tests and imports); otherwise it happened now.
export async function recordUsage(
  options: {
    viewer: TMaybeViewer;
    kind: "VIEW" | "DOWNLOAD";
    resourceId: string;
    fileId?: string | null;
    libraryCountry: string;
    ip: string;
    userAgent: string;
    at?: Date;
  },
  db: TDb = getDb(),
): Promise<boolean> {
  if (isRobot(options.userAgent)) return false;
  const at = options.at ?? new Date();
  const { viewer } = options;
  await db.usageEvent.create({
    data: {
      kind: options.kind,
      resourceId: options.resourceId,
      fileId: options.fileId ?? null,
      libraryCountry: options.libraryCountry,
      institutionId: viewer?.institutionId ?? null,
      countryCode: viewer?.countryCode ?? null,
      // Without AUTH_SECRET (scripts, tests) the keys are still daily and one-way, only less secret.
      visitorKey: visitorKey({ secret: getEnv().AUTH_SECRET ?? "kitab", at, userId: viewer?.id, ip: options.ip, userAgent: options.userAgent }),
      occurredAt: at,
    },
  });
  return true;
}
