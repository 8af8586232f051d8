// A ticket as S2 shows it: `_id` and the event nested with `_id`, `name`,
// `date` (S0's "YYYY-MM-DD", a string as S2 asks), plus the ticket's code,
// status and the URL of its QR image.
import { s0Date } from "@/lib/http/views/compat-event";
import { s1QrUrl } from "@/lib/services/schedule/list-s1-tickets";

type Source = {
  id: string;
  code: string;
  status: string;
  seatLabel: string | null;
  event: { id: string; title: string; startsAt: Date; venue?: string | null };
  orderId?: string | null;
  createdAt?: Date;
};

export function s2TicketJson(t: Source) {
  return {
    _id: t.id,
    id: t.id,
    code: t.code,
    status: t.status.toLowerCase(),
    seat: t.seatLabel,
    event: { _id: t.event.id, name: t.event.title, date: s0Date(t.event.startsAt), start_time: t.event.startsAt, ...(t.event.venue !== undefined ? { location: t.event.venue } : {}) },
    order_id: t.orderId ?? null,
    qr_code_url: s1QrUrl(t.id),
    ...(t.createdAt ? { created_at: t.createdAt } : {}),
  };
}
