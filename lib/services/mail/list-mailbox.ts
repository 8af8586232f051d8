import "server-only";
import { db } from "@/lib/db/client";
import type { Attachment } from "@/lib/mail/transport";

/** Messages kept in the local mailbox (no RESEND_API_KEY), newest first. */
export async function listMailbox(options: { to?: string; limit?: number } = {}) {
  const rows = await db.emailOutbox.findMany({
    where: { transport: "MAILBOX", ...(options.to ? { to: options.to.trim().toLowerCase() } : {}) },
    orderBy: { createdAt: "desc" },
    take: Math.min(options.limit ?? 50, 200),
    select: { id: true, to: true, subject: true, text: true, html: true, attachments: true, template: true, createdAt: true },
  });
  return rows.map(({ attachments, ...row }) => ({
    ...row,
    attachments: ((attachments as Attachment[] | null) ?? []).map((a) => ({ filename: a.filename, contentType: a.contentType, contentId: a.contentId ?? null })),
  }));
}

export async function getMailboxMessage(id: string) {
  return db.emailOutbox.findFirst({
    where: { id, transport: "MAILBOX" },
    select: { id: true, to: true, subject: true, text: true, html: true, attachments: true, createdAt: true },
  });
}
