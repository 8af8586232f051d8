import "server-only";
import { Resend } from "resend";
import { env } from "@/lib/env";

export type Attachment = { filename: string; contentType: string; contentBase64: string; contentId?: string };
export type OutgoingMail = { to: string; subject: string; html: string; text: string; attachments?: Attachment[] };
export type Delivery = { transport: "RESEND" | "MAILBOX"; providerMessageId?: string };

let client: { key: string; resend: Resend } | undefined;

/**
 * Delivers through Resend when RESEND_API_KEY is set (RESEND_BASE_URL points
 * the SDK elsewhere, e.g. at a loopback fake in tests). Without a key the
 * outbox row itself is the local mailbox (/dev/mailbox), so nothing leaves
 * the machine.
 */
export async function deliver(mail: OutgoingMail): Promise<Delivery> {
  const { RESEND_API_KEY, MAIL_FROM } = env();
  if (!RESEND_API_KEY) return { transport: "MAILBOX" };
  if (client?.key !== RESEND_API_KEY) client = { key: RESEND_API_KEY, resend: new Resend(RESEND_API_KEY) };
  const { data, error } = await client.resend.emails.send({
    from: MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    attachments: mail.attachments?.map((a) => ({
      filename: a.filename,
      content: a.contentBase64,
      contentType: a.contentType,
      ...(a.contentId ? { contentId: a.contentId } : {}),
    })),
  });
  if (error || !data) throw new Error(`Resend refused the message: ${error?.name ?? "unknown"}: ${error?.message ?? "no id returned"}`);
  return { transport: "RESEND", providerMessageId: data.id };
}
