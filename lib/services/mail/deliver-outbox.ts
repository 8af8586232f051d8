import "server-only";
import { db } from "@/lib/db/client";
import { deliver, type Attachment } from "@/lib/mail/transport";
import { renderTicketsEmail } from "@/lib/services/tickets/render-tickets-email";

export const MAX_ATTEMPTS = 8;
/** How long a claimed message is left alone before another worker retries it. */
const LEASE_MS = 5 * 60_000;

export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** (attempts - 1), 60 * 60_000);
}

type Claimed = { id: string; to: string; subject: string; html: string; text: string; attachments: unknown; attempts: number; renderOrderId: string | null };

/**
 * Sends due outbox messages. Each is claimed under a row lock by pushing its
 * next attempt into the future (a lease), then sent outside the transaction;
 * a crash mid-send only delays it. Failures back off exponentially and give
 * up after MAX_ATTEMPTS, keeping the error. A message queued unrendered
 * (`renderOrderId`, html empty) is rendered first and the row keeps what was
 * sent, so the mailbox and a retry see the finished message.
 */
export async function deliverOutbox(options: { ids?: string[]; limit?: number } = {}): Promise<{ sent: number; failed: number }> {
  const limit = options.limit ?? 20;
  const claimed = await db.$transaction(async (tx) => {
    const rows = options.ids?.length
      ? await tx.$queryRaw<Claimed[]>`
          SELECT id, "to", subject, html, text, attachments, attempts, render_order_id AS "renderOrderId" FROM email_outbox
          WHERE id = ANY(${options.ids}::uuid[]) AND status = 'PENDING' AND next_attempt_at <= now()
          FOR UPDATE SKIP LOCKED`
      : await tx.$queryRaw<Claimed[]>`
          SELECT id, "to", subject, html, text, attachments, attempts, render_order_id AS "renderOrderId" FROM email_outbox
          WHERE status = 'PENDING' AND next_attempt_at <= now()
          ORDER BY next_attempt_at LIMIT ${limit}
          FOR UPDATE SKIP LOCKED`;
    if (rows.length) {
      await tx.emailOutbox.updateMany({
        where: { id: { in: rows.map((r) => r.id) } },
        data: { nextAttemptAt: new Date(Date.now() + LEASE_MS), attempts: { increment: 1 } },
      });
    }
    return rows;
  });

  let sent = 0;
  let failed = 0;
  for (const mail of claimed) {
    const attempts = mail.attempts + 1;
    try {
      const ready = await renderIfNeeded(mail);
      const delivery = await deliver({ ...ready, attachments: (ready.attachments as Attachment[] | null) ?? undefined });
      await db.emailOutbox.update({
        where: { id: mail.id },
        data: { status: "SENT", transport: delivery.transport, providerMessageId: delivery.providerMessageId, sentAt: new Date(), lastError: null },
      });
      sent++;
    } catch (error) {
      failed++;
      const giveUp = attempts >= MAX_ATTEMPTS;
      await db.emailOutbox.update({
        where: { id: mail.id },
        data: {
          status: giveUp ? "FAILED" : "PENDING",
          lastError: String(error instanceof Error ? error.message : error).slice(0, 1000),
          nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts)),
        },
      });
      console.warn(`[mail] delivery of ${mail.id} failed (attempt ${attempts}${giveUp ? ", giving up" : ""})`);
    }
  }
  return { sent, failed };
}

/** Delivers every due message, a batch at a time (the worker's pass; tests call it to stand in for the worker). */
export async function deliverDueOutbox(batch = 20): Promise<{ sent: number; failed: number }> {
  const total = { sent: 0, failed: 0 };
  for (;;) {
    const { sent, failed } = await deliverOutbox({ limit: batch });
    total.sent += sent;
    total.failed += failed;
    // A message that fails is pushed into the future, so this ends.
    if (sent + failed < batch) return total;
  }
}

async function renderIfNeeded(mail: Claimed): Promise<Claimed> {
  if (!mail.renderOrderId || mail.html) return mail;
  const rendered = await renderTicketsEmail(mail.renderOrderId);
  await db.emailOutbox.update({
    where: { id: mail.id },
    data: { subject: rendered.subject, html: rendered.html, text: rendered.text, attachments: rendered.attachments },
  });
  return { ...mail, subject: rendered.subject, html: rendered.html, text: rendered.text, attachments: rendered.attachments };
}
