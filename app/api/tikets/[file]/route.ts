import { withApi } from "@/lib/http/api-handler";
import { notFound } from "@/lib/http/errors";
import { ticketQrPng } from "@/lib/services/tickets/ticket-qr";
import { s1QrFileSchema } from "@/lib/validation/api-s1-tickets";

export const dynamic = "force-dynamic";

// GET /api/tikets/<ticketId>.png – S1's `urltoqr`: the ticket's QR code; the unguessable id is the credential, as a printed ticket is.
export const GET = withApi<{ file: string }>(
  async ({ params }) => {
    const file = s1QrFileSchema.safeParse(params.file);
    if (!file.success) throw notFound("Ticket");
    const png = await ticketQrPng(file.data);
    return new Response(new Uint8Array(png), { headers: { "content-type": "image/png", "cache-control": "private, no-store" } });
  },
  { auth: "none" },
);
