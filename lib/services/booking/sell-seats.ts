import "server-only";
import { randomUUID } from "node:crypto";
import { sqlTransaction, type SqlTx } from "@/lib/db/sql";
import type { PaymentProvider as ProviderName, SeatState, TicketStatus } from "@/lib/generated/prisma/enums";
import { emailToRenderSql, emailToRenderValues } from "@/lib/services/mail/queue-email";
import type { PaymentRecord } from "@/lib/services/payments/types";
import { ticketsEmailSubject } from "@/lib/services/tickets/compose-tickets-email";
import type { FulfilledTicket, FulfilmentResult } from "./fulfil-order";
import { isSeatSellable } from "./is-seat-sellable";

export type SeatSale = {
  orderId: string;
  reference: string;
  totalMinor: number;
  userId: string | null;
  eventId: string;
  showtimeId: string;
  eventTitle: string;
  /** The buyer's address for the tickets e-mail (null: no e-mail). */
  to: string | null;
  items: { id: string; showtimeSeatId: string | null; seatLabel: string | null }[];
  tickets: { id: string; code: string; itemId: string }[];
  /** The payment this call brings (already recorded), if any. */
  payment?: PaymentRecord;
};

type LockedSeat = { id: string; state: SeatState; holdId: string | null; heldUntil: Date | null; isDisabled: boolean };

/**
 * The sale of a paid order's seats, the common end of every purchase (S1,
 * the seat picker, Stripe's webhook): in one `pg` transaction it locks the
 * order, its hold and its seats (in that order, seats by id, as holdSeats
 * and releaseHold do), and only when the order is PENDING or EXPIRED, paid
 * in full, its showtime still on and every seat still held by its hold or
 * free, marks the seats SOLD, issues the tickets, marks the order PAID, ends
 * the hold and queues the tickets e-mail (rendered by the outbox worker).
 * Otherwise it changes nothing and returns null: fulfilOrder's Prisma
 * transaction decides those rarer cases (a replay, a lost seat, a refund).
 */
export async function sellSeats(sale: SeatSale): Promise<FulfilmentResult | null> {
  const now = new Date();
  return sqlTransaction(async (tx) => {
    // The order locked, with its successful payments.
    const [order] = await tx<{ status: string; holdId: string | null; payments: { provider: Exclude<ProviderName, "NONE">; providerRef: string; amountMinor: number }[] }>(
      `SELECT o.status::text AS status, o.hold_id AS "holdId",
              COALESCE((SELECT json_agg(json_build_object('provider', p.provider, 'providerRef', p.provider_ref, 'amountMinor', p.amount_minor) ORDER BY p.created_at)
                          FROM payments p WHERE p.order_id = o.id AND p.status = 'SUCCEEDED'), '[]'::json) AS payments
         FROM orders o WHERE o.id = $1::uuid FOR UPDATE`,
      [sale.orderId],
    );
    if (!order || (order.status !== "PENDING" && order.status !== "EXPIRED")) return null;
    const { payments } = order;
    if (payments.reduce((sum, p) => sum + p.amountMinor, 0) < sale.totalMinor) return null;
    const paidWith = sale.payment ?? payments[0];

    if (order.holdId) await tx(`SELECT id FROM seat_holds WHERE id = $1::uuid FOR UPDATE`, [order.holdId]);
    const seatIds = sale.items.map((i) => i.showtimeSeatId).filter((id): id is string => Boolean(id));
    // The showtime's status comes with the seats; only the seat rows are locked.
    const seats = await tx<LockedSeat & { showtimeStatus: string }>(
      `SELECT ss.id, ss.state::text AS state, ss.hold_id AS "holdId", ss.held_until AS "heldUntil", s.is_disabled AS "isDisabled", st.status::text AS "showtimeStatus"
         FROM showtime_seats ss JOIN seats s ON s.id = ss.seat_id JOIN showtimes st ON st.id = ss.showtime_id
        WHERE ss.id = ANY($1::uuid[]) AND ss.showtime_id = $2::uuid
        ORDER BY ss.id
        FOR UPDATE OF ss`,
      [seatIds, sale.showtimeId],
    );
    const seatById = new Map(seats.map((s) => [s.id, s]));
    const sellable = sale.items.every((i) => isSeatSellable(i.showtimeSeatId ? seatById.get(i.showtimeSeatId) : null, order.holdId, now));
    if (seats[0]?.showtimeStatus !== "SCHEDULED" || !sellable || sale.tickets.length !== sale.items.length) return null;

    const tickets = await writeSale(tx, sale, { holdId: order.holdId, seatIds, paidWith, now });
    return soldResult(sale, tickets);
  });
}

type SaleWrite = { holdId: string | null; seatIds: string[]; paidWith: { provider: Exclude<ProviderName, "NONE">; providerRef: string } | undefined; now: Date };

/**
 * The sale's writes in one statement (each round trip inside the transaction
 * keeps its locks longer): seats SOLD, order PAID, hold ended, tickets issued
 * and the tickets e-mail queued (rendered later by the outbox worker).
 */
async function writeSale(tx: SqlTx, sale: SeatSale, { holdId, seatIds, paidWith, now }: SaleWrite) {
  const itemById = new Map(sale.items.map((i) => [i.id, i]));
  const mail = sale.to ? emailToRenderValues(randomUUID(), { to: sale.to, subject: ticketsEmailSubject(sale.eventTitle), template: "tickets", renderOrderId: sale.orderId }) : [];
  const tickets = await tx<FulfilledTicket>(
    `WITH ${mail.length ? `mail AS (${emailToRenderSql("$15", "$16", "$17", "$18", "$19")}), ` : ""}sold AS (
       UPDATE showtime_seats SET state = 'SOLD', hold_id = NULL, held_until = NULL, updated_at = now() WHERE id = ANY($10::uuid[])
     ), paid AS (
       UPDATE orders SET status = 'PAID', paid_at = $11, provider = $12::"PaymentProvider", provider_payment_intent_id = $13, updated_at = now() WHERE id = $3::uuid
     ), ended AS (
       UPDATE seat_holds SET released_at = $11 WHERE id = $14::uuid AND released_at IS NULL
     )
     INSERT INTO tickets (id, code, event_id, showtime_id, showtime_seat_id, seat_label, order_id, order_item_id, user_id, status, updated_at)
     SELECT x.id, x.code, $1::uuid, $2::uuid, x.seat_id, x.seat_label, $3::uuid, x.item_id, $4::uuid, 'VALID'::"TicketStatus", now()
       FROM unnest($5::uuid[], $6::text[], $7::uuid[], $8::text[], $9::uuid[]) AS x(id, code, seat_id, seat_label, item_id)
     RETURNING id, code, seat_label AS "seatLabel", status::text AS status`,
    [
      sale.eventId,
      sale.showtimeId,
      sale.orderId,
      sale.userId,
      sale.tickets.map((t) => t.id),
      sale.tickets.map((t) => t.code),
      sale.tickets.map((t) => itemById.get(t.itemId)!.showtimeSeatId),
      sale.tickets.map((t) => itemById.get(t.itemId)!.seatLabel),
      sale.tickets.map((t) => t.itemId),
      seatIds,
      now,
      paidWith?.provider ?? "NONE",
      paidWith?.providerRef ?? null,
      holdId,
      ...mail,
    ],
  );
  return tickets;
}

/** A sale's answer: the order PAID with its tickets, by seat label (A2 before A10). */
export function soldResult(sale: Pick<SeatSale, "orderId" | "reference">, tickets: FulfilledTicket[]): FulfilmentResult {
  const sorted = [...tickets].sort((a, b) => (a.seatLabel ?? "").localeCompare(b.seatLabel ?? "", "en", { numeric: true }));
  return { orderId: sale.orderId, reference: sale.reference, status: "PAID" as const, tickets: sorted.map((t) => ({ ...t, status: t.status as TicketStatus })), refusedSeats: [], refunded: false };
}
