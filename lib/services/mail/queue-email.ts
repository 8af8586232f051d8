import "server-only";
import { render } from "@react-email/components";
import type { ReactElement } from "react";
import { db, type DbTx } from "@/lib/db/client";
import type { Attachment } from "@/lib/mail/transport";

export type QueuedEmail = {
  to: string;
  subject: string;
  /** A template name for the log, e.g. "email-confirmation". */
  template: string;
  body: ReactElement;
  attachments?: Attachment[];
};

/**
 * Writes an e-mail to the outbox. Pass the transaction of the change that
 * causes the e-mail, so both commit or neither does; then call
 * `deliverOutbox({ ids })` after the commit to send it at once.
 */
export async function queueEmail(email: QueuedEmail, tx: DbTx = db): Promise<string> {
  const [html, text] = await Promise.all([render(email.body), render(email.body, { plainText: true })]);
  const row = await tx.emailOutbox.create({
    data: {
      to: email.to.trim().toLowerCase(),
      subject: email.subject,
      template: email.template,
      html,
      text,
      attachments: email.attachments,
    },
    select: { id: true },
  });
  return row.id;
}
