import "server-only";
import { randomUUID } from "node:crypto";
import { render } from "@react-email/components";
import type { ReactElement } from "react";
import { db, type DbTx } from "@/lib/db/client";
import { sqlIn, type SqlTx } from "@/lib/db/sql";
import type { Attachment } from "@/lib/mail/transport";

export type QueuedEmail = {
  to: string;
  subject: string;
  /** A template name for the log, e.g. "email-confirmation". */
  template: string;
  body: ReactElement;
  attachments?: Attachment[];
};

export type RenderedEmail = Omit<QueuedEmail, "body"> & { html: string; text: string };

/** Renders an e-mail's HTML and text; CPU work best done before a transaction takes its locks. */
export async function renderEmail({ body, ...email }: QueuedEmail): Promise<RenderedEmail> {
  const [html, text] = await Promise.all([render(body), render(body, { plainText: true })]);
  return { ...email, html, text };
}

/** Writes a rendered e-mail to the outbox, in the caller's transaction. */
export async function insertEmail(email: RenderedEmail, tx: DbTx = db): Promise<string> {
  const row = await tx.emailOutbox.create({
    data: {
      to: email.to.trim().toLowerCase(),
      subject: email.subject,
      template: email.template,
      html: email.html,
      text: email.text,
      attachments: email.attachments,
    },
    select: { id: true },
  });
  return row.id;
}

/**
 * Writes an e-mail the outbox worker renders when it delivers it (html
 * empty until then): the tickets e-mail of `renderOrderId`. Keeps the QR
 * images and React Email render out of the purchase request.
 */
export async function insertEmailToRender(
  email: { to: string; subject: string; template: "tickets"; renderOrderId: string },
  tx: DbTx | SqlTx = db,
): Promise<string> {
  const id = randomUUID();
  // One statement for both kinds of transaction: Prisma's (general admission) and pg's.
  await sqlIn(tx, emailToRenderSql("$1", "$2", "$3", "$4", "$5"), emailToRenderValues(id, email));
  return id;
}

/** The insert of insertEmailToRender with its values at these placeholders (sellSeats makes it part of the sale's statement). */
export const emailToRenderSql = (id: string, to: string, subject: string, template: string, order: string) =>
  `INSERT INTO email_outbox (id, "to", subject, template, html, text, render_order_id) VALUES (${id}::uuid, ${to}, ${subject}, ${template}, '', '', ${order}::uuid)`;

/** emailToRenderSql's values, in its placeholders' order. */
export const emailToRenderValues = (id: string, email: { to: string; subject: string; template: "tickets"; renderOrderId: string }) => [
  id,
  email.to.trim().toLowerCase(),
  email.subject,
  email.template,
  email.renderOrderId,
];

/**
 * Writes an e-mail to the outbox. Pass the transaction of the change that
 * causes the e-mail, so both commit or neither does; then call
 * `deliverOutbox({ ids })` after the commit to send it at once.
 */
export async function queueEmail(email: QueuedEmail, tx: DbTx = db): Promise<string> {
  return insertEmail(await renderEmail(email), tx);
}
