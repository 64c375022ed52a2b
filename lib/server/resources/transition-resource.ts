import "server-only";
import { refreshSearchDocuments } from "@/lib/server/search/refresh-search-documents";
import { resourceWhere } from "@/lib/authz/resource-where";
import type { TResourceStatus, TViewer } from "@/lib/authz/types";
import { missingForSubmission } from "@/lib/catalogue/missing-for-submission";
import { getEnv } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { ZUuid } from "@/lib/schemas/account";
import type { TTranslations } from "@/lib/schemas/translations";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { getDb } from "@/lib/server/database/get-db";
import { sendMail } from "@/lib/server/mail/send-mail";
import { logger } from "@/lib/log/logger";

const RULES = {
  submit: { from: ["DRAFT", "CHANGES_REQUESTED"], to: "SUBMITTED", scope: "update", reason: false, tell: null },
  publish: { from: ["SUBMITTED"], to: "PUBLISHED", scope: "review", reason: false, tell: "was published" },
  "request-changes": { from: ["SUBMITTED"], to: "CHANGES_REQUESTED", scope: "review", reason: true, tell: "needs changes before it can be published" },
  reject: { from: ["SUBMITTED"], to: "REJECTED", scope: "review", reason: true, tell: "was not accepted" },
  withdraw: { from: ["PUBLISHED"], to: "WITHDRAWN", scope: "review", reason: true, tell: "was withdrawn" },
} as const satisfies Record<string, { from: readonly TResourceStatus[]; to: TResourceStatus; scope: "update" | "review"; reason: boolean; tell: string | null }>;

export type TTransition = keyof typeof RULES;

const DONE: Record<TTransition, string> = {
  submit: "submitted",
  publish: "published",
  "request-changes": "sent back for changes",
  reject: "rejected",
  withdraw: "withdrawn",
};
export const TRANSITIONS = Object.keys(RULES) as TTransition[];

const label = (status: string) => status.toLowerCase().replace("_", " ");

// The review workflow: the owner submits; a librarian of the resource's library (or an admin)
// publishes, requests changes, rejects or withdraws, the last three with a reason the
// contributor is shown. The version check makes simultaneous reviewers safe: one wins, the
// other is told. Every step is audited; the contributor is notified in the app and by e-mail.
export async function transitionResource(viewer: TViewer, id: string, transition: TTransition, options: { version?: number; reason?: string } = {}) {
  const rule = RULES[transition];
  if (!ZUuid.safeParse(id).success) throw notFound();
  const reason = options.reason?.trim() || null;
  if (rule.reason && !reason) throw new AppError("VALIDATION", "Give a reason: the contributor will read it.", { fieldErrors: { reason: ["Give a reason."] } });
  const db = getDb();
  const outcome = await db.$transaction(async (tx) => {
    const resource = await tx.resource.findFirst({
      where: { AND: [{ id }, resourceWhere(viewer, rule.scope)] },
      include: { library: { select: { countryCode: true } }, uploader: { select: { id: true, email: true, name: true } }, _count: { select: { subjects: true } } },
    });
    if (!resource) throw notFound();
    if (!(rule.from as readonly string[]).includes(resource.status)) {
      throw new AppError("CONFLICT", `A ${label(resource.status)} resource cannot be ${DONE[transition]}.`);
    }
    if (transition === "submit") {
      const missing = missingForSubmission({ ...resource, subjectCount: resource._count.subjects });
      if (Object.keys(missing).length) throw new AppError("VALIDATION", "Complete the description before submitting.", { fieldErrors: missing });
    }
    const version = options.version ?? resource.version;
    const now = new Date();
    const updated = await tx.resource.updateMany({
      where: { id, version, status: resource.status },
      data: {
        status: rule.to,
        statusReason: reason,
        version: { increment: 1 },
        ...(rule.to === "SUBMITTED" ? { submittedAt: now } : {}),
        ...(rule.to === "PUBLISHED" ? { publishedAt: now } : {}),
        ...(rule.to === "WITHDRAWN" ? { withdrawnAt: now } : {}),
      },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "Someone else changed this resource meanwhile. Reload it and try again.");
    await refreshSearchDocuments([id], tx);
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: `resource.${transition}`,
      entityType: "Resource",
      entityId: id,
      countryCode: resource.library.countryCode,
      before: { status: resource.status, version },
      after: { status: rule.to, version: version + 1, ...(reason ? { reason } : {}) },
    });
    const title = pickTranslation(resource.title as TTranslations, resource.languages)?.text ?? "Your resource";
    const tell = rule.tell && resource.uploader && resource.uploader.id !== viewer.id ? resource.uploader : null;
    const message = tell ? `“${title}” ${rule.tell}.${reason ? ` ${reason}` : ""}` : null;
    if (tell && message) await tx.notification.create({ data: { userId: tell.id, resourceId: id, kind: `resource.${transition}`, message } });
    return { status: rule.to, version: version + 1, tell, message };
  });
  if (outcome.tell && outcome.message) {
    await sendMail({
      to: outcome.tell.email,
      subject: `Kitab: ${outcome.message.slice(0, 120)}`,
      text: `Hello ${outcome.tell.name},\n\n${outcome.message}\n\n${getEnv().PUBLIC_URL}/resources/${id}\n`,
    }).catch((error: unknown) => logger.error({ err: error }, "mail: could not notify"));
  }
  return { status: outcome.status, version: outcome.version };
}
