import "server-only";
import { db, type DbTx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type RequestContext = { ip: string; userAgent: string };

export type AuditEntry = {
  action: string;
  actorId?: string | null;
  targetType?: string;
  targetId?: string;
  context?: Partial<RequestContext>;
  metadata?: Prisma.InputJsonValue;
};

/** Appends a security or business event to the audit log. Never pass secrets in metadata. */
export async function recordAudit(entry: AuditEntry, tx: DbTx = db) {
  await tx.auditLog.create({
    data: {
      action: entry.action,
      actorId: entry.actorId ?? null,
      targetType: entry.targetType,
      targetId: entry.targetId,
      ip: entry.context?.ip?.slice(0, 64),
      userAgent: entry.context?.userAgent?.slice(0, 512),
      metadata: entry.metadata,
    },
  });
}
