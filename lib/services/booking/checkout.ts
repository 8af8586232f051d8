import "server-only";
import { randomUUID } from "node:crypto";
import { sql, sqlTransaction, type SqlTx } from "@/lib/db/sql";
import type { Order, OrderItem } from "@/lib/generated/prisma/client";
import type { z } from "zod";
import { conflict, notFound } from "@/lib/http/errors";
import { generateShortCode } from "@/lib/services/tickets/generate-short-code";
import { createOrderSchema, parseBookingInput, type CreateOrderInput } from "@/lib/validation/booking";
import { isUniqueViolation } from "./unique-violation";

/** The order as checkout returns it (read with `orderColumns`: items by seat label). */
export type CheckoutOrder = Pick<Order, "id" | "reference" | "status" | "userId" | "eventId" | "showtimeId" | "holdId" | "totalMinor" | "currency" | "expiresAt" | "createdAt"> & {
  items: Pick<OrderItem, "id" | "seatLabel" | "description" | "unitPriceMinor" | "categoryId">[];
};

const HOLD_EXPIRED = "Your hold expired. Please choose your seats again.";

/**
 * Turns the user's live hold into a PENDING order that expires with the
 * hold, one item per seat at its current price. Idempotent: the same key
 * from the same user returns the same order (the unique key decides a race),
 * and a hold becomes at most one live order.
 */
export async function createOrderFromHold(input: CreateOrderInput): Promise<CheckoutOrder> {
  const data = parseBookingInput(createOrderSchema, input);
  for (let attempt = 1; ; attempt++) {
    try {
      // On `pg` (lib/db/sql.ts): part of every sale, ~10 statements through Prisma before.
      // The key is looked up on the transaction's connection: one wait for the pool per order, not two.
      return await sqlTransaction((tx) => createOrderIn(tx, data));
    } catch (error) {
      if (isUniqueViolation(error, "idempotency_key")) {
        const winner = await findByKey(data.userId, data.idempotencyKey);
        if (winner) return sameHold(winner, data.holdId);
      }
      if (attempt < 5 && isUniqueViolation(error, "reference")) continue;
      throw error;
    }
  }
}

/**
 * createOrderFromHold's work in the caller's `pg` transaction (S1 holds and
 * orders in one). The caller retries a clash of random references.
 */
export async function createOrderIn(tx: SqlTx, data: z.output<typeof createOrderSchema>): Promise<CheckoutOrder> {
  const existing = await findByKey(data.userId, data.idempotencyKey, tx);
  return existing ? sameHold(existing, data.holdId) : createLocked(tx, data);
}

/** "Row C, seat 7 (Premium)": an order item's description. */
export const seatDescription = (seat: { rowLabel: string; number: number; categoryName: string | null }) =>
  `Row ${seat.rowLabel}, seat ${seat.number}${seat.categoryName ? ` (${seat.categoryName})` : ""}`.slice(0, 200);

const orderColumns = `
  SELECT o.id, o.reference, o.status::text AS status, o.user_id AS "userId", o.event_id AS "eventId", o.showtime_id AS "showtimeId",
         o.hold_id AS "holdId", o.total_minor AS "totalMinor", o.currency, o.expires_at AS "expiresAt", o.created_at AS "createdAt",
         COALESCE((SELECT json_agg(json_build_object('id', i.id, 'seatLabel', i.seat_label, 'description', i.description,
                                                     'unitPriceMinor', i.unit_price_minor, 'categoryId', i.category_id) ORDER BY i.seat_label)
                     FROM order_items i WHERE i.order_id = o.id), '[]'::json) AS items
  FROM orders o`;

async function findByKey(userId: string, idempotencyKey: string, tx: SqlTx = sql): Promise<CheckoutOrder | undefined> {
  const [order] = await tx<CheckoutOrder>(`${orderColumns} WHERE o.user_id = $1::uuid AND o.idempotency_key = $2`, [userId, idempotencyKey]);
  return order;
}

function sameHold(order: CheckoutOrder, holdId: string): CheckoutOrder {
  if (order.holdId !== holdId) throw conflict("This idempotency key was already used for another order");
  return order;
}

type HeldSeat = { id: string; label: string; rowLabel: string; number: number; categoryId: string | null; categoryName: string | null; priceMinor: number };

async function createLocked(tx: SqlTx, data: { holdId: string; userId: string; idempotencyKey: string }): Promise<CheckoutOrder> {
  const now = new Date();
  // The hold's row lock serialises checkouts of one hold (and its release).
  const [hold] = await tx<{ id: string; showtimeId: string; expiresAt: Date; releasedAt: Date | null }>(
    `SELECT id, showtime_id AS "showtimeId", expires_at AS "expiresAt", released_at AS "releasedAt" FROM seat_holds
      WHERE id = $1::uuid AND user_id = $2::uuid
      FOR UPDATE`,
    [data.holdId, data.userId],
  );
  if (!hold) throw notFound("Hold");

  const [live] = await tx<CheckoutOrder>(`${orderColumns} WHERE o.hold_id = $1::uuid AND o.status IN ('PENDING', 'PAID') LIMIT 1`, [hold.id]);
  if (live?.status === "PENDING") return live;
  if (live) throw conflict("These seats are already paid for");
  if (hold.releasedAt || hold.expiresAt <= now) throw conflict(HOLD_EXPIRED);

  const seats = await tx<HeldSeat>(
    `SELECT ss.id, s.label, s.row_label AS "rowLabel", s.number, s.category_id AS "categoryId", c.name AS "categoryName",
            COALESCE(p.price_minor, st.price_minor) AS "priceMinor"
       FROM showtime_seats ss
       JOIN seats s ON s.id = ss.seat_id
       LEFT JOIN seat_categories c ON c.id = s.category_id
       JOIN showtimes st ON st.id = ss.showtime_id
       LEFT JOIN showtime_prices p ON p.showtime_id = st.id AND p.category_id = s.category_id
      WHERE ss.hold_id = $1::uuid AND ss.state = 'HELD' AND ss.held_until > $2`,
    [hold.id, now],
  );
  if (!seats.length) throw conflict(HOLD_EXPIRED);
  const [showtime] = await tx<{ id: string; eventId: string; currency: string }>(`SELECT id, event_id AS "eventId", currency FROM showtimes WHERE id = $1::uuid`, [
    hold.showtimeId,
  ]);
  const items = seats.map((seat) => ({
    showtimeSeatId: seat.id,
    categoryId: seat.categoryId,
    seatLabel: seat.label,
    description: seatDescription(seat),
    unitPriceMinor: seat.priceMinor,
  }));
  const orderId = randomUUID();
  await tx(
    `INSERT INTO orders (id, reference, user_id, event_id, showtime_id, hold_id, status, total_minor, currency, idempotency_key, expires_at, updated_at)
     VALUES ($1::uuid, $2, $3::uuid, $4::uuid, $5::uuid, $6::uuid, 'PENDING', $7, $8, $9, $10, now())`,
    [orderId, generateShortCode(8), data.userId, showtime.eventId, showtime.id, hold.id, items.reduce((sum, i) => sum + i.unitPriceMinor, 0), showtime.currency, data.idempotencyKey, hold.expiresAt],
  );
  await tx(
    `INSERT INTO order_items (id, order_id, kind, event_id, showtime_id, showtime_seat_id, category_id, description, seat_label, unit_price_minor)
     SELECT gen_random_uuid(), $1::uuid, 'SEAT'::"OrderItemKind", $2::uuid, $3::uuid, x.seat_id, x.category_id, x.description, x.seat_label, x.price
       FROM unnest($4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::int[]) AS x(seat_id, category_id, description, seat_label, price)`,
    [orderId, showtime.eventId, showtime.id, items.map((i) => i.showtimeSeatId), items.map((i) => i.categoryId), items.map((i) => i.description), items.map((i) => i.seatLabel), items.map((i) => i.unitPriceMinor)],
  );
  const [order] = await tx<CheckoutOrder>(`${orderColumns} WHERE o.id = $1::uuid`, [orderId]);
  return order;
}
