import { z } from "zod";
import { getSessionActor } from "@/lib/auth/viewer";
import { AppError } from "@/lib/http/errors";
import { ticketQrPng } from "@/lib/services/tickets/ticket-qr";

// GET /tickets/:id/qr – the QR code of one of the viewer's own tickets, as a PNG.
export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getSessionActor();
  if (!actor) return new Response("Sign in to see your tickets", { status: 401, headers: { "cache-control": "private, no-store" } });
  if (!z.uuid().safeParse(id).success) return new Response("Ticket not found", { status: 404 });
  try {
    const png = await ticketQrPng(id, { userId: actor.userId });
    return new Response(new Uint8Array(png), { headers: { "content-type": "image/png", "cache-control": "private, no-store" } });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return new Response("Ticket not found", { status: 404, headers: { "cache-control": "private, no-store" } });
    throw error;
  }
}
