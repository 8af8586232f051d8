import "server-only";
import { db, type DbTx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { conflict, notFound } from "@/lib/http/errors";
import { generateShortCode } from "@/lib/services/tickets/generate-short-code";
import { createOrderSchema, parseBookingInput, type CreateOrderInput } from "@/lib/validation/booking";
import { isUniqueViolation } from "./unique-violation";

const orderSelect = {
  id: true,
  reference: true,
  status: true,
  userId: true,
  eventId: true,
  showtimeId: true,
  holdId: true,
  totalMinor: true,
  currency: true,
  expiresAt: true,
  createdAt: true,
  items: {
    select: { id: true, seatLabel: true, description: true, unitPriceMinor: true, categoryId: true },
    orderBy: { seatLabel: "asc" },
  },
} satisfies Prisma.OrderSelect;

export type CheckoutOrder = Prisma.OrderGetPayload<{ select: typeof orderSelect }>;

const HOLD_EXPIRED = "Your hold expired. Please choose your seats again.";

/**
 * Turns the user's live hold into a PENDING order that expires with the
 * hold, one item per seat at its current price. Idempotent: the same key
 * from the same user returns the same order (the unique key decides a race),
 * and a hold becomes at most one live order.
 */
export async function createOrderFromHold(input: CreateOrderInput): Promise<CheckoutOrder> {
  const data = parseBookingInput(createOrderSchema, input);
  const existing = await findByKey(data.userId, data.idempotencyKey);
  if (existing) return sameHold(existing, data.holdId);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction((tx) => createLocked(tx, data));
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

function findByKey(userId: string, idempotencyKey: string) {
  return db.order.findUnique({ where: { userId_idempotencyKey: { userId, idempotencyKey } }, select: orderSelect });
}

function sameHold(order: CheckoutOrder, holdId: string): CheckoutOrder {
  if (order.holdId !== holdId) throw conflict("This idempotency key was already used for another order");
  return order;
}

async function createLocked(tx: DbTx, data: { holdId: string; userId: string; idempotencyKey: string }): Promise<CheckoutOrder> {
  const now = new Date();
  // The hold's row lock serialises checkouts of one hold (and its release).
  const [hold] = await tx.$queryRaw<{ id: string; showtimeId: string; expiresAt: Date; releasedAt: Date | null }[]>`
    SELECT id, showtime_id AS "showtimeId", expires_at AS "expiresAt", released_at AS "releasedAt" FROM seat_holds
    WHERE id = ${data.holdId}::uuid AND user_id = ${data.userId}::uuid
    FOR UPDATE`;
  if (!hold) throw notFound("Hold");

  const live = await tx.order.findFirst({ where: { holdId: hold.id, status: { in: ["PENDING", "PAID"] } }, select: orderSelect });
  if (live?.status === "PENDING") return live;
  if (live) throw conflict("These seats are already paid for");
  if (hold.releasedAt || hold.expiresAt <= now) throw conflict(HOLD_EXPIRED);

  const seats = await tx.showtimeSeat.findMany({
    where: { holdId: hold.id, state: "HELD", heldUntil: { gt: now } },
    select: { id: true, seat: { select: { label: true, rowLabel: true, number: true, categoryId: true, category: { select: { name: true } } } } },
  });
  if (!seats.length) throw conflict(HOLD_EXPIRED);
  const showtime = await tx.showtime.findUniqueOrThrow({
    where: { id: hold.showtimeId },
    select: { id: true, eventId: true, priceMinor: true, currency: true, prices: { select: { categoryId: true, priceMinor: true } } },
  });
  const priceOf = new Map(showtime.prices.map((p) => [p.categoryId, p.priceMinor]));
  const items = seats.map(({ id, seat }) => ({
    kind: "SEAT" as const,
    eventId: showtime.eventId,
    showtimeId: showtime.id,
    showtimeSeatId: id,
    categoryId: seat.categoryId,
    seatLabel: seat.label,
    description: `Row ${seat.rowLabel}, seat ${seat.number}${seat.category ? ` (${seat.category.name})` : ""}`.slice(0, 200),
    unitPriceMinor: (seat.categoryId ? priceOf.get(seat.categoryId) : undefined) ?? showtime.priceMinor,
  }));
  return tx.order.create({
    data: {
      reference: generateShortCode(8),
      userId: data.userId,
      eventId: showtime.eventId,
      showtimeId: showtime.id,
      holdId: hold.id,
      status: "PENDING",
      totalMinor: items.reduce((sum, i) => sum + i.unitPriceMinor, 0),
      currency: showtime.currency,
      idempotencyKey: data.idempotencyKey,
      expiresAt: hold.expiresAt,
      items: { create: items },
    },
    select: orderSelect,
  });
}
