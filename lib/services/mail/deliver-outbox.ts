import "server-only";
import { sql, sqlTransaction } from "@/lib/db/sql";
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
  // Through `pg`: during an on-sale rush this runs after every sale, in the same processes.
  const claimed = await sqlTransaction(async (tx) => {
    const rows = options.ids?.length
      ? await tx<Claimed>(
          `SELECT ${claimColumns} FROM email_outbox
            WHERE id = ANY($1::uuid[]) AND status = 'PENDING' AND next_attempt_at <= now()
            FOR UPDATE SKIP LOCKED`,
          [options.ids],
        )
      : await tx<Claimed>(
          `SELECT ${claimColumns} FROM email_outbox
            WHERE status = 'PENDING' AND next_attempt_at <= now()
            ORDER BY next_attempt_at LIMIT $1
            FOR UPDATE SKIP LOCKED`,
          [limit],
        );
    if (rows.length) {
      await tx(`UPDATE email_outbox SET next_attempt_at = $2, attempts = attempts + 1 WHERE id = ANY($1::uuid[])`, [
        rows.map((r) => r.id),
        new Date(Date.now() + LEASE_MS),
      ]);
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
      await sql(
        `UPDATE email_outbox SET status = 'SENT', transport = $2::"EmailTransport", provider_message_id = $3, sent_at = now(), last_error = NULL WHERE id = $1::uuid`,
        [mail.id, delivery.transport, delivery.providerMessageId ?? null],
      );
      sent++;
    } catch (error) {
      failed++;
      const giveUp = attempts >= MAX_ATTEMPTS;
      await sql(`UPDATE email_outbox SET status = $2::"EmailStatus", last_error = $3, next_attempt_at = $4 WHERE id = $1::uuid`, [
        mail.id,
        giveUp ? "FAILED" : "PENDING",
        String(error instanceof Error ? error.message : error).slice(0, 1000),
        new Date(Date.now() + retryDelayMs(attempts)),
      ]);
      console.warn(`[mail] delivery of ${mail.id} failed (attempt ${attempts}${giveUp ? ", giving up" : ""})`);
    }
  }
  return { sent, failed };
}

const claimColumns = `id, "to", subject, html, text, attachments, attempts, render_order_id AS "renderOrderId"`;

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
  await sql(`UPDATE email_outbox SET subject = $2, html = $3, text = $4, attachments = $5::jsonb WHERE id = $1::uuid`, [
    mail.id,
    rendered.subject,
    rendered.html,
    rendered.text,
    rendered.attachments ? JSON.stringify(rendered.attachments) : null,
  ]);
  return { ...mail, subject: rendered.subject, html: rendered.html, text: rendered.text, attachments: rendered.attachments };
}
