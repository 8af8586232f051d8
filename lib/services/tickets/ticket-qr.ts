import "server-only";
import QRCode from "qrcode";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { signTicketToken } from "./ticket-token";

/** A PNG of the ticket's signed QR token (also used for e-mail images). */
export function renderTicketQrPng(ticket: { id: string; code: string }): Promise<Buffer> {
  return QRCode.toBuffer(signTicketToken(ticket), { type: "png", errorCorrectionLevel: "M", margin: 2, width: 240 });
}

/** The QR code of a ticket; with `userId`, only that user's ticket. */
export async function ticketQrPng(ticketId: string, options: { userId?: string } = {}): Promise<Buffer> {
  const ticket = await db.ticket.findFirst({ where: { id: ticketId, userId: options.userId }, select: { id: true, code: true } });
  if (!ticket) throw notFound("Ticket");
  return renderTicketQrPng(ticket);
}
